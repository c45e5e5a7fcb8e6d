package io.rdesuite.selfcheck;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rdesuite.support.TargetPreflight;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The acceptance command's test run, as failsafe makes it, in a JVM of its own: the preflight on the target the
 * SAIL_* settings name, then the scenarios and the provider verification through the JUnit Platform Launcher with
 * the listeners found on the class path (Allure's, writing to {@code -Dallure.results.directory}; the end-of-run
 * clean-up). Unlike {@link SuiteRunMain} nothing is swapped out: the results are the ones a user's run leaves, for
 * the coverage matrix and the report check to read. Writes a {@link Summary} as JSON to the file named by the first
 * argument; exits 0 once written, whatever failed.
 */
public final class AcceptanceRunMain {

    static final String SCENARIOS = "io.rdesuite.scenarios";
    static final String VERIFICATION = "io.rdesuite.contract.provider.ReportsApiVerification";

    /** What the launcher counted, and each failure as "test: first line of the message". */
    record Summary(long tests, long failed, long aborted, long skipped, List<String> failures) {
    }

    private AcceptanceRunMain() {
    }

    public static void main(String[] args) throws Exception {
        TargetPreflight.main(new String[0]);
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(SCENARIOS), selectClass(VERIFICATION)).build(), listener);
        TestExecutionSummary summary = listener.getSummary();
        List<String> failures = summary.getFailures().stream().map(f -> f.getTestIdentifier().getDisplayName() + ": "
                + String.valueOf(f.getException().getMessage()).strip().lines().findFirst().orElse("")).toList();
        new ObjectMapper().writeValue(Path.of(args[0]).toFile(), new Summary(summary.getTestsFoundCount(),
                summary.getTotalFailureCount(), summary.getTestsAbortedCount(), summary.getTestsSkippedCount(), failures));
        System.exit(0);
    }
}
