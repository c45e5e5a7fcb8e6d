package io.rdesuite.selfcheck;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.client.SimulatorControl;
import io.rdesuite.contract.provider.VerificationTarget;
import io.rdesuite.support.DiscardingAllureWriter;
import io.rdesuite.support.ReportTimeout;
import io.rdesuite.support.SuiteTarget;
import io.rdesuite.support.SuiteVersions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the whole acceptance run, the scenarios and the provider verification, through the JUnit Platform Launcher
 * in this JVM, against a target that has a control API (in v3 unless the caller pinned other versions), and tells
 * which tests failed. Nothing of it reaches
 * allure-results (Allure's listener is not registered and the global lifecycle writes nowhere while it runs) or
 * the coverage files (the verification runs against a swapped-in target, which reports no results). A test that
 * takes longer than {@link #TEST_TIMEOUT} fails: a target that hangs the suite is caught, not waited for.
 */
final class SuiteRun {

    static final String TEST_TIMEOUT = "30 s";
    /**
     * The report timeout of a nested run (unless the caller set one): below {@link #TEST_TIMEOUT}, so that a report
     * that never ends fails its wait with the wait's own timeout, once, and every later wait for its report type at
     * once ({@code ReportTypeTimedOutException}), instead of each test running into the test timeout.
     */
    static final String NESTED_REPORT_TIMEOUT = "20s";
    private static final String SCENARIOS = "io.rdesuite.scenarios";
    private static final String VERIFICATION = "io.rdesuite.contract.provider.ReportsApiVerification";

    /**
     * One test that did not pass, by its class and display name, with the first line of its failure; {@code timeout}
     * when a timeout exception is among its causes (see {@link #isTimeout(Throwable)}).
     */
    record Failure(String test, String message, boolean timeout) {
    }

    /**
     * What a run found: tests run, those that failed, skipped (with aborted), answers recorded with drift
     * (undocumented additions, reported and not failed), how long it and each class took.
     */
    record Result(long tests, long skipped, List<Failure> failures, long driftAnswers, long millis,
                  Map<String, Long> classMillis, List<String> skipReasons) {
    }

    private SuiteRun() {
    }

    /** The acceptance run against {@code target}, made the suite's target for its length. */
    static Result against(SuiteTarget target) {
        try (SuiteTarget.Scope scope = SuiteTarget.use(target)) {
            return againstCurrentTarget();
        }
    }

    /** The acceptance run against the suite's target as this JVM resolves it ({@link SuiteTarget#get()}). */
    static Result againstCurrentTarget() {
        SuiteTarget target = SuiteTarget.get();
        SimulatorControl control = target.control().orElseThrow(() -> new IllegalStateException(
                "the kill matrix runs against a simulator; " + target.describe() + " has no control API"));
        AllureLifecycle outer = Allure.getLifecycle();
        String reportTimeout = System.getProperty(ReportTimeout.SETTING);
        if (reportTimeout == null) {
            System.setProperty(ReportTimeout.SETTING, NESTED_REPORT_TIMEOUT);
        }
        long start = System.nanoTime();
        try (AutoCloseable verification = VerificationTarget.use(target.config(), control);
             SuiteTarget.Scope versions = SuiteVersions.useIfNotPinned(List.of(ApiVersion.V3))) {
            DiscardingAllureWriter nowhere = new DiscardingAllureWriter();
            Allure.setLifecycle(new AllureLifecycle(nowhere));
            Listener listener = new Listener();
            LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
                    .execute(LauncherDiscoveryRequestBuilder.request()
                            .selectors(selectPackage(SCENARIOS), selectClass(VERIFICATION))
                            .configurationParameter("junit.jupiter.execution.timeout.default", TEST_TIMEOUT)
                            .build(), listener);
            return new Result(listener.tests, listener.skipped, List.copyOf(listener.failures), nowhere.drift(),
                    (System.nanoTime() - start) / 1_000_000, Map.copyOf(listener.classMillis),
                    List.copyOf(listener.skipReasons));
        } catch (Exception e) {
            throw new IllegalStateException("the nested acceptance run could not run: " + e, e);
        } finally {
            Allure.setLifecycle(outer);
            if (reportTimeout == null) {
                System.clearProperty(ReportTimeout.SETTING);
            }
        }
    }

    /**
     * Whether a wait ran out in {@code failure}: an exception named like a timeout ({@code ...TimeoutException},
     * {@code ...TimedOutException}: the client's AwaitTimeoutException and ReportTypeTimedOutException, JUnit's
     * TimeoutException of a test over {@link #TEST_TIMEOUT}, Awaitility's ConditionTimeoutException, an HTTP client's
     * read timeout) in its causes or suppressed exceptions. Such a failure can only show at the end of a wait.
     */
    static boolean isTimeout(Throwable failure) {
        return isTimeout(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isTimeout(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        String name = t.getClass().getSimpleName();
        if (name.endsWith("TimeoutException") || name.endsWith("TimedOutException")) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isTimeout(suppressed, seen)) {
                return true;
            }
        }
        return isTimeout(t.getCause(), seen);
    }

    private static final class Listener implements TestExecutionListener {
        private static final int MESSAGE_LENGTH = 300;
        private long tests;
        private long skipped;
        private final List<Failure> failures = new ArrayList<>();
        private final List<String> skipReasons = new ArrayList<>();
        private final Map<String, Long> classMillis = new TreeMap<>();
        private final Map<String, Long> classStarted = new HashMap<>();
        private TestPlan plan;

        @Override
        public synchronized void executionStarted(TestIdentifier test) {
            className(test).ifPresent(name -> classStarted.put(name, System.nanoTime()));
        }

        @Override
        public synchronized void executionSkipped(TestIdentifier test, String reason) {
            skipped++;
            skipReasons.add(String.valueOf(reason));
        }

        @Override
        public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
            className(test).ifPresent(name -> classMillis.put(name,
                    (System.nanoTime() - classStarted.getOrDefault(name, System.nanoTime())) / 1_000_000));
            if (test.isTest()) {
                tests++;
            }
            if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
                skipped++;
                skipReasons.add(result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
            } else if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                String message = result.getThrowable().map(Listener::summary).orElse("failed");
                boolean timeout = result.getThrowable().map(SuiteRun::isTimeout).orElse(false);
                failures.add(new Failure(name(test), message, timeout));
            }
        }

        /** The simple name of a test class's identifier; empty for anything else. */
        private static Optional<String> className(TestIdentifier test) {
            return test.getSource().filter(ClassSource.class::isInstance).map(source -> {
                String name = ((ClassSource) source).getClassName();
                return name.substring(name.lastIndexOf('.') + 1);
            });
        }

        /** The exception's type and message on one line, cut to {@value #MESSAGE_LENGTH} characters. */
        private static String summary(Throwable t) {
            String text = t.getClass().getSimpleName() + ": " + String.valueOf(t.getMessage()).replaceAll("\\s+", " ");
            return text.length() <= MESSAGE_LENGTH ? text : text.substring(0, MESSAGE_LENGTH) + "...";
        }

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            this.plan = testPlan;
        }

        /** "SimpleClassName: method / invocation", the display names below the class. */
        private String name(TestIdentifier test) {
            List<String> names = new ArrayList<>();
            String type = "";
            for (TestIdentifier t = test; t != null; t = plan.getParent(t).orElse(null)) {
                if (className(t).isPresent()) {
                    type = className(t).get();
                    break;
                }
                if (t == test || !t.getDisplayName().matches("\\w+\\(.*\\)")) {
                    names.add(0, t.getDisplayName());   // a template's bare method signature says nothing
                }
            }
            return names.isEmpty() ? type : type + ": " + String.join(" / ", names);
        }
    }
}
