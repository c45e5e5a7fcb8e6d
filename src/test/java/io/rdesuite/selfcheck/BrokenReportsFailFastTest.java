package io.rdesuite.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectIteration;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import io.rdesuite.api.Defect;
import io.rdesuite.api.ReportType;
import io.rdesuite.client.AwaitTimeoutException;
import io.rdesuite.client.UnexpectedResultException;
import io.rdesuite.support.ReportTimeout;
import io.rdesuite.support.SharedReports;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.engine.DiscoverySelector;

/**
 * A target that loses or mixes up reports makes the scenarios that wait for reports fail at once, with the cause,
 * instead of each waiting its full report timeout: shown by counting the waits that timed out in a nested run with a
 * short -Dreports.reportTimeout, not by timing it. The scenarios read the shared reports ({@code SharedReports}),
 * acquired together: a report that cannot be acquired fails the first scenario that needs it with the cause, and
 * every later one in one line, without waiting again.
 *
 * <p>RESULT_FORGOTTEN (/result answers {} for every report it knows) is caught although {} for a report seen before
 * is no longer a sign of loss on its own (a target may show a running report as {}): once the report has ended,
 * getReport serves its file while /result still answers {}, and the wait fails at that sight.
 */
@DisplayName("Waits for reports fail fast, with the cause, against a target that cannot complete them")
class BrokenReportsFailFastTest {

    /**
     * Short, with room for the {} rule: under RESULT_FORGOTTEN a wait sees three {} answers before it asks for the
     * file, within the one poll budget of seven waits (2 s timed out on a busy machine).
     */
    private static final String SHORT_TIMEOUT = "5s";
    private static final String SCENARIOS = "io.rdesuite.scenarios.";
    private static final String LIFECYCLE = SCENARIOS + "lifecycle.LifecycleScenarios";
    private static final String RESULT = SCENARIOS + "getreportresult.GetReportResultScenarios";
    private static final String BY_TYPE = "(" + ReportType.class.getName() + ")";

    /**
     * The scenarios of a report's lifecycle and of its result that wait for reports to end (not the cancelled
     * report's: under RESULT_FORGOTTEN nothing certain shows its end, so its cancel timeout decides).
     */
    private static final List<DiscoverySelector> WAITING_SCENARIOS = List.of(
            selectMethod(LIFECYCLE + "#reportRunsToConsistentFiles" + BY_TYPE), selectClass(RESULT));

    /** The scenarios that wait for IDENTITIES reports only: the result's, and the lifecycle's IDENTITIES variant. */
    private static final List<DiscoverySelector> IDENTITIES_WAITS = List.of(
            selectClass(RESULT),
            selectIteration(selectMethod(LIFECYCLE + "#reportRunsToConsistentFiles" + BY_TYPE),
                    ReportType.IDENTITIES.ordinal()));

    @ParameterizedTest(name = "{0}: every wait fails at once, none times out")
    @EnumSource(value = Defect.class, names = {"RESULT_FORGOTTEN", "RESULT_OTHER_ID", "RESULT_OTHER_REPORT_TYPE"})
    @DisplayName("answers that contradict the started report fail each wait at its first sight, as a failed check")
    void contradictingAnswers_failEveryWaitAtOnce(Defect defect) {
        NestedScenarioRun.Outcome outcome = withShortTimeout(() ->
                NestedScenarioRun.run("waiting scenarios with " + defect, WAITING_SCENARIOS, Optional.empty(), defect));

        List<Throwable> timedOut = causes(outcome, AwaitTimeoutException.class);
        List<Throwable> contradicted = causes(outcome, UnexpectedResultException.class);
        assertThat(timedOut).as("waits that reached their timeout (%s)", outcome).isEmpty();
        assertThat(contradicted).as("waits that failed at once (%s)", outcome).hasSizeGreaterThanOrEqualTo(3);
        assertThat(outcome.causes()).filteredOn(c -> find(c, UnexpectedResultException.class) != null)
                .as("a contradiction is a failed check of the API").allMatch(c -> c instanceof AssertionError);
        contradicted.stream().map(UnexpectedResultException.class::cast).forEach(e -> assertThat(e.getMessage())
                .contains(e.reportId()).matches("(?s).*Report [0-9a-f]{32} \\([A-Z_]+\\).*")
                .contains("expected id " + e.reportId())
                .endsWith("last answer: " + e.lastAnswer()));
    }

    @Test
    @DisplayName("a report that never completes times out once; later scenarios that need it fail at once, broken")
    void aReportThatNeverCompletes_timesOutOnce_andLaterScenariosThatNeedItFailAtOnce() {
        NestedScenarioRun.Outcome outcome = withShortTimeout(() -> NestedScenarioRun.run(
                "IDENTITIES waits with REPORT_NEVER_COMPLETES", IDENTITIES_WAITS, Optional.empty(),
                Defect.REPORT_NEVER_COMPLETES));

        List<Throwable> timedOut = causes(outcome, AwaitTimeoutException.class);
        List<Throwable> notWaited = causes(outcome, SharedReports.SharedReportFailedException.class);
        assertThat(timedOut).as("waits that reached their timeout (%s)", outcome).hasSize(1);
        AwaitTimeoutException first = (AwaitTimeoutException) timedOut.get(0);
        assertThat(first.getMessage()).contains(first.reportId(), "IDENTITIES", "timed out", "last answer: {");
        assertThat(notWaited).as("scenarios that failed at once (%s)", outcome).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(e -> assertThat(e.getMessage()).doesNotContain("\n")
                        .contains("needs the shared IDENTITIES report of v3, which failed", first.reportId()));
        assertThat(outcome.causes()).as("a timeout is no verdict on the API: broken, not failed")
                .noneMatch(c -> c instanceof AssertionError);
    }

    private static NestedScenarioRun.Outcome withShortTimeout(Supplier<NestedScenarioRun.Outcome> run) {
        String previous = System.getProperty(ReportTimeout.SETTING);
        System.setProperty(ReportTimeout.SETTING, SHORT_TIMEOUT);
        try {
            return run.get();
        } finally {
            if (previous == null) {
                System.clearProperty(ReportTimeout.SETTING);
            } else {
                System.setProperty(ReportTimeout.SETTING, previous);
            }
        }
    }

    /** The failures caused by exactly {@code type} (found in their cause chain). */
    private static List<Throwable> causes(NestedScenarioRun.Outcome outcome, Class<? extends Throwable> type) {
        return outcome.causes().stream().map(c -> find(c, type)).filter(c -> c != null).toList();
    }

    private static Throwable find(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass() == type) {
                return t;
            }
        }
        return null;
    }
}
