package io.rdesuite.selfcheck;

import java.util.Arrays;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs scenarios in a JVM of their own as failsafe does: the JUnit Platform Launcher with the listeners found on
 * the class path (Allure's, the suite's end-of-run clean-up), against the target the SAIL_* settings name. The
 * arguments are JUnit selector identifiers, e.g. {@code method:io.rdesuite.scenarios.X#y()}. Exits 0 when every
 * test passed, 1 otherwise.
 */
public final class ChildScenarioRun {

    private ChildScenarioRun() {
    }

    public static void main(String[] args) {
        DiscoverySelector[] selectors = Arrays.stream(args)
                .map(id -> DiscoverySelectors.parse(id).orElseThrow(() -> new IllegalArgumentException(
                        "not a JUnit selector identifier: " + id)))
                .toArray(DiscoverySelector[]::new);
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectors).build(),
                summary);
        System.exit(summary.getSummary().getTotalFailureCount() == 0 ? 0 : 1);
    }
}
