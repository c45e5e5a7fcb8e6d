package io.rdesuite.calibration;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.support.DiscardingAllureWriter;
import io.rdesuite.support.SuiteTarget;
import io.rdesuite.support.SuiteVersions;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs scenarios, recorded, through the JUnit Platform Launcher in this JVM against a target: per API version,
 * pinned with {@link SuiteVersions#use}. Nothing reaches allure-results (Allure's listener is not registered and
 * the global lifecycle writes nowhere meanwhile): the calibration's own table is what it reports.
 */
final class ScenarioReplay {

    /** The scenarios to run: "class#method" (an invocation's "[...]" is dropped: every invocation runs). */
    record Plan(Map<ApiVersion, Set<String>> methods) {

        static Plan of(Recording recording) {
            Map<ApiVersion, Set<String>> m = new LinkedHashMap<>();
            recording.scenarios().stream().filter(s -> s.id().contains("#")).forEach(s -> m
                    .computeIfAbsent(ApiVersion.byLabel(s.apiVersion()).orElse(ApiVersion.V3), v -> new LinkedHashSet<>())
                    .add(s.id().replaceFirst("\\[.*$", "")));
            return new Plan(m);
        }

        static Plan ofClass(Class<?> scenarios, List<ApiVersion> versions) {
            Map<ApiVersion, Set<String>> m = new LinkedHashMap<>();
            versions.forEach(v -> m.put(v, Set.of(scenarios.getName())));
            return new Plan(m);
        }
    }

    /** What ran: the recording and how many tests failed (a recorded failure is data, not an error). */
    record Result(Recording recording, long tests, long failed) {
    }

    private ScenarioReplay() {
    }

    static Result run(Plan plan, SuiteTarget target) {
        Recorder recorder = new Recorder(target.isEmbedded() || target.control().isPresent() ? "simulator" : "tenant");
        AllureLifecycle outer = Allure.getLifecycle();
        long tests = 0;
        long failed = 0;
        try (SuiteTarget.Scope scope = SuiteTarget.use(target)) {
            Allure.setLifecycle(new AllureLifecycle(new DiscardingAllureWriter()));
            recorder.start();
            for (Map.Entry<ApiVersion, Set<String>> e : plan.methods().entrySet()) {
                try (SuiteTarget.Scope pinned = SuiteVersions.use(List.of(e.getKey()))) {
                    SummaryGeneratingListener summary = new SummaryGeneratingListener();
                    LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false)
                            .build()).execute(LauncherDiscoveryRequestBuilder.request()
                            .selectors(selectors(e.getValue())).build(), summary, new RecordingListener(recorder));
                    tests += summary.getSummary().getTestsFoundCount();
                    failed += summary.getSummary().getTotalFailureCount();
                }
            }
        } finally {
            recorder.stop();
            Allure.setLifecycle(outer);
        }
        return new Result(recorder.recording(), tests, failed);
    }

    private static List<DiscoverySelector> selectors(Set<String> ids) {
        List<DiscoverySelector> out = new ArrayList<>();
        for (String id : ids) {
            int hash = id.indexOf('#');
            Class<?> type = type(hash < 0 ? id : id.substring(0, hash));
            out.add(hash < 0 ? DiscoverySelectors.selectClass(type)
                    : DiscoverySelectors.selectMethod(type, method(type, id.substring(hash + 1))));
        }
        return out;
    }

    private static Class<?> type(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("the recording names a scenario class this suite does not have: " + name);
        }
    }

    private static Method method(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name)) {
                    return m;
                }
            }
        }
        throw new IllegalArgumentException("the recording names a scenario this suite does not have: "
                + type.getName() + "#" + name);
    }
}
