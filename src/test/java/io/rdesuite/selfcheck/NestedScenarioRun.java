package io.rdesuite.selfcheck;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Defect;
import io.rdesuite.scenarios.gateway.GatewayOperations;
import io.rdesuite.simulator.ReportsSimulator;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.support.DiscardingAllureWriter;
import io.rdesuite.support.SuiteTarget;
import io.rdesuite.support.SuiteVersions;
import java.time.Duration;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * Runs one scenario method (all its variants) through the JUnit Platform Launcher against an in-process simulator
 * with some defects switched on, in v3 unless the caller pinned other versions ({@link SuiteVersions#use}). Nothing of the nested run reaches allure-results: Allure's listener is not
 * registered and the global Allure lifecycle is swapped for one that writes nowhere while it runs.
 */
final class NestedScenarioRun {

    /** The outcome: what ran, how many tests ran and failed, the first failure messages, every failure's cause. */
    record Outcome(String run, long found, long failed, long skipped, List<String> failures, List<Throwable> causes) {
    }

    private NestedScenarioRun() {
    }

    /**
     * Runs {@code scenarios#method} against a simulator with {@code defects} on; a gateway scenario for
     * {@code operationId} only, when given (see {@link GatewayOperations}).
     */
    static Outcome run(Class<?> scenarios, String method, Optional<String> operationId, Defect... defects) {
        String run = scenarios.getSimpleName() + "#" + method + operationId.map(id -> " for " + id).orElse("")
                + " with " + Arrays.toString(defects);
        return run(run, List.of(DiscoverySelectors.selectMethod(scenarios, find(scenarios, method))), operationId,
                defects);
    }

    /** Runs what {@code selectors} select against a simulator with {@code defects} on. */
    static Outcome run(String run, List<? extends DiscoverySelector> selectors, Optional<String> operationId,
                       Defect... defects) {
        SimulatorConfig.Builder config = SimulatorConfig.builder().requestLog(false).reportDuration(Duration.ofMillis(300));
        for (Defect d : defects) {
            config.defect(d);
        }
        return run(run, selectors, operationId, config);
    }

    /** Runs what {@code selectors} select against a simulator of that configuration. */
    static Outcome run(String run, List<? extends DiscoverySelector> selectors, Optional<String> operationId,
                       SimulatorConfig.Builder config) {
        AllureLifecycle outer = Allure.getLifecycle();
        try (ReportsSimulator simulator = ReportsSimulator.start(config.build());
             SuiteTarget.Scope scope = SuiteTarget.use(SuiteTarget.forSimulator(simulator));
             SuiteTarget.Scope versions = SuiteVersions.useIfNotPinned(List.of(ApiVersion.V3))) {
            Allure.setLifecycle(new AllureLifecycle(new DiscardingAllureWriter()));
            LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request().selectors(selectors);
            operationId.ifPresent(id -> request.configurationParameter(GatewayOperations.PARAMETER, id));
            SummaryGeneratingListener summary = new SummaryGeneratingListener();
            LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
                    .execute(request.build(), summary);
            TestExecutionSummary s = summary.getSummary();
            List<String> failures = new ArrayList<>();
            s.getFailures().stream().limit(3).forEach(f -> failures.add(f.getTestIdentifier().getDisplayName() + ": "
                    + String.valueOf(f.getException().getMessage()).lines().findFirst().orElse("")));
            List<Throwable> causes = s.getFailures().stream().map(TestExecutionSummary.Failure::getException).toList();
            return new Outcome(run, s.getTestsFoundCount(), s.getTotalFailureCount(), s.getTestsSkippedCount()
                    + s.getTestsAbortedCount(), failures, causes);
        } finally {
            Allure.setLifecycle(outer);
        }
    }

    /** The scenario method of that name, declared by the class or inherited. */
    private static Method find(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name)) {
                    return m;
                }
            }
        }
        throw new IllegalArgumentException(type.getName() + " has no scenario method " + name);
    }
}
