package io.rdesuite.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.model.ReportArguments;
import io.rdesuite.api.model.ReportDetails;
import io.rdesuite.support.StubHttpServer;
import io.rdesuite.support.StubHttpServer.Reply;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The one report tracker records what its client starts and sees end; the clean-up cancels what still runs, within
 * its budget, and says what it could not cancel.
 */
class ReportCleanupTest {

    private static final String RUNNING_ID = "0123456789abcdef0123456789abcdef";
    private static final String ENDED_ID = "fedcba9876543210fedcba9876543210";
    private static final String STUCK_ID = "00000000000000000000000000000000";

    private final StubHttpServer stub = StubHttpServer.start();
    private final ReportTracker tracker = new ReportTracker();
    private final ReportsClient client = ReportsClient.builder(stub.baseUri())
            .tokenProvider(new StaticTokenProvider("tok")).retryPolicy(RetryPolicy.none())
            .tracker(tracker, "manage").build();

    @AfterEach
    void stopStub() {
        stub.close();
    }

    @Test
    void theClientsFilter_recordsStartsAndForgetsReportsSeenToEnd() {
        stub.on("POST", Operation.START_REPORT.template(), started(RUNNING_ID), started(ENDED_ID));
        stub.on("GET", Operation.GET_REPORT_RESULT.path(ENDED_ID), result(ENDED_ID, "\"status\":\"SUCCESS\""));
        stub.on("POST", Operation.CANCEL_REPORT.path(RUNNING_ID), Reply.status(204));

        client.startReport(ReportDetails.of(new ReportArguments.Identities(true)));
        client.startReport(ReportDetails.of(new ReportArguments.Identities(true)));
        assertThat(tracker.unfinishedIds()).containsExactlyInAnyOrder(RUNNING_ID, ENDED_ID);
        assertThat(tracker.find(RUNNING_ID)).hasValue(new ReportTracker.Started(RUNNING_ID, ReportType.IDENTITIES,
                "manage"));
        client.getReportResult(ENDED_ID);
        client.cancelReport(RUNNING_ID);

        assertThat(tracker.unfinishedIds()).isEmpty();
        assertThat(tracker.startedCount()).isEqualTo(2);
    }

    @Test
    void cleanup_cancelsWhatRuns_forgetsWhatEnded_andNamesWhatItCouldNotCancel() {
        tracker.started(RUNNING_ID, ReportType.ACCOUNTS, "manage");
        tracker.started(ENDED_ID, ReportType.ACCOUNTS, "manage");
        tracker.started(STUCK_ID, ReportType.ACCOUNTS, "manage");
        stub.on("GET", Operation.GET_REPORT_RESULT.path(RUNNING_ID), result(RUNNING_ID, "\"reportType\":\"ACCOUNTS\""));
        stub.on("POST", Operation.CANCEL_REPORT.path(RUNNING_ID),
                Reply.json(429, "{\"message\":\"Rate Limit Exceeded\"}").withHeader("Retry-After", "0"),
                Reply.status(204));
        stub.on("GET", Operation.GET_REPORT_RESULT.path(ENDED_ID), result(ENDED_ID, "\"status\":\"SUCCESS\""));
        stub.on("GET", Operation.GET_REPORT_RESULT.path(STUCK_ID), result(STUCK_ID, "\"reportType\":\"ACCOUNTS\""));
        stub.on("POST", Operation.CANCEL_REPORT.path(STUCK_ID), Reply.status(500));

        ReportCleanup.Outcome outcome = ReportCleanup.run(tracker, owner -> client, Duration.ofSeconds(5));

        assertThat(outcome.cancelled()).containsExactly(RUNNING_ID);
        assertThat(outcome.notCancelled()).containsExactly(STUCK_ID);
        assertThat(outcome.ended()).isEqualTo(1);
        assertThat(stub.requests("POST", Operation.CANCEL_REPORT.path(RUNNING_ID))).hasSize(2);
        assertThat(stub.requests("POST", Operation.CANCEL_REPORT.path(ENDED_ID))).isEmpty();
        assertThat(tracker.unfinishedIds()).isEmpty();
        assertThat(outcome.line("http://127.0.0.1", "stopping")).doesNotContain("tok")
                .contains("cancelled 1 running report(s) [" + RUNNING_ID + "]")
                .contains("could not cancel 1 [" + STUCK_ID + "]");
    }

    @Test
    void cleanup_givesUpWhenItsBudgetIsSpent() {
        tracker.started(RUNNING_ID, ReportType.ACCOUNTS, "manage");
        stub.on("GET", Operation.GET_REPORT_RESULT.path(RUNNING_ID),
                result(RUNNING_ID, "\"reportType\":\"ACCOUNTS\"").withDelay(3_000));

        long started = System.nanoTime();
        ReportCleanup.Outcome outcome = ReportCleanup.run(tracker, owner -> client, Duration.ofMillis(300));

        assertThat(outcome.notCancelled()).containsExactly(RUNNING_ID);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void cleanup_doesNotWaitARetryAfterLongerThanItsBudgetAllows() {
        tracker.started(RUNNING_ID, ReportType.ACCOUNTS, "manage");
        stub.on("GET", Operation.GET_REPORT_RESULT.path(RUNNING_ID),
                Reply.json(429, "{\"message\":\"Rate Limit Exceeded\"}").withHeader("Retry-After", "30"));

        ReportCleanup.Outcome outcome = ReportCleanup.run(tracker, owner -> client, Duration.ofSeconds(5));

        assertThat(outcome.notCancelled()).containsExactly(RUNNING_ID);
        assertThat(stub.requests()).hasSize(1);
    }

    private static Reply started(String id) {
        return Reply.json(200, "{\"id\":\"" + id + "\",\"reportType\":\"IDENTITIES\"}");
    }

    private static Reply result(String id, String more) {
        return Reply.json(200, "{\"id\":\"" + id + "\"," + more + "}");
    }
}
