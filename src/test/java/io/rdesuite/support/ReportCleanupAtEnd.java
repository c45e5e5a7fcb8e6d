package io.rdesuite.support;

import io.rdesuite.client.ReportCleanup;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * At the end of a test run (surefire, failsafe, an IDE), cancels the reports the run left running on its target
 * and prints one line; registered through META-INF/services. The JVM's shutdown hook does the same when a run is
 * interrupted ({@link ReportCleanup}).
 */
public final class ReportCleanupAtEnd implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        ReportCleanup.runAll("end of run");
    }
}
