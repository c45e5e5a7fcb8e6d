package io.rdesuite.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import io.rdesuite.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A target without a control API whose reports end at once cannot show a report running: the scenarios that need
 * one are skipped with the reason, never failed. (With reports that run, the same scenarios pass: the tenant run of
 * {@link TenantRunIsGreenTest}.)
 */
@DisplayName("A tenant whose reports end at once: the scenarios that need a running report are skipped, not failed")
class FastTenantSkipsRunningReportsTest {

    private static final List<String> NEED_A_RUNNING_REPORT = List.of(
            "io.rdesuite.scenarios.getreportresult.GetReportResultScenarios#runningReport",
            "io.rdesuite.scenarios.getreport.GetReportScenarios#reportStillRunning",
            "io.rdesuite.scenarios.cancelreport.CancelReportScenarios#cancelsRunningReport",
            "io.rdesuite.scenarios.lifecycle.LifecycleScenarios#cancelledReportEndsTerminated",
            "io.rdesuite.scenarios.lifecycle.LifecycleScenarios#repeatedStartReturnsRunningTask");

    @Test
    void instantReports_withoutControlApi_skipTheRunningReportScenarios() {
        NestedScenarioRun.Outcome outcome = NestedScenarioRun.run("running-report scenarios, instant reports",
                NEED_A_RUNNING_REPORT.stream().map(m -> selectMethod(m)).toList(), Optional.empty(),
                SimulatorConfig.builder().requestLog(false).controlApi(false).reportDuration(Duration.ZERO));

        assertThat(outcome.failures()).as("failed").isEmpty();
        assertThat(outcome.found()).as("tests run").isEqualTo(NEED_A_RUNNING_REPORT.size());
        assertThat(outcome.skipped()).as("skipped").isEqualTo(NEED_A_RUNNING_REPORT.size());
    }
}
