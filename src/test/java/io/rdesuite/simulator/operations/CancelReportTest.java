package io.rdesuite.simulator.operations;

import static io.rdesuite.simulator.testing.SimHarness.MANAGE;
import static io.rdesuite.simulator.testing.SimHarness.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.testing.SharedSimulatorTest;
import io.rdesuite.simulator.testing.SimHarness;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** POST /v3/reports/{id}/cancel: a running report ends TERMINATED; finished ones stay as they are. */
class CancelReportTest extends SharedSimulatorTest {

    private static final String ACCOUNTS_BODY = ReportExamples.json(ReportType.ACCOUNTS);

    @Test
    void runningReport_answers204AndEndsTerminated() {
        String id = h.startReport(ACCOUNTS_BODY);
        h.clock().advance(SimHarness.REPORT_DURATION.dividedBy(5));
        Instant cancelledAt = h.clock().instant();

        Response cancel = cancel(id);
        h.finishRunningReports();

        assertThat(cancel.statusCode()).isEqualTo(204);
        assertThat(cancel.asByteArray()).isEmpty();
        Map<String, Object> task = task(id);
        assertThat(task).containsEntry("completionStatus", "TERMINATED").containsEntry("progress", "Terminated");
        assertThat(Instant.parse((String) task.get("completed"))).isEqualTo(cancelledAt);
        Response result = h.result(id);
        assertThat(result.<String>path("status")).isEqualTo("TERMINATED");
        assertThat(result.<Integer>path("rows")).isZero();
        assertThat(h.download(id, "csv").statusCode()).isEqualTo(404);
    }

    @Test
    void finishedReport_answers204AndStaysSuccessful() {
        String id = h.completedReport(ACCOUNTS_BODY);

        Response cancel = cancel(id);

        assertThat(cancel.statusCode()).isEqualTo(204);
        assertThat(h.result(id).<String>path("status")).isEqualTo("SUCCESS");
        assertThat(h.download(id, "csv").statusCode()).isEqualTo(200);
    }

    @Test
    void startAfterCancel_createsANewTask() {
        String cancelled = h.startReport(ACCOUNTS_BODY);
        cancel(cancelled);

        String next = h.startReport(ACCOUNTS_BODY);

        assertThat(next).isNotEqualTo(cancelled);
    }

    @Test
    void unknownWellFormedId_answers400() {
        Response cancel = cancel(UNKNOWN_ID);

        assertThat(cancel.statusCode()).isEqualTo(400);
        assertThat(cancel.<String>path("detailCode")).isEqualTo("400.1.3 Illegal value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-id", "0123456789abcdef0123456789abcdeg", "0123456789abcdef", "1e01d272-b808-4c4f-a12f-cf8fa898102d"})
    void malformedId_answers400(String id) {
        Response cancel = cancel(id);

        assertThat(cancel.statusCode()).isEqualTo(400);
        assertThat(cancel.<String>path("messages[0].text")).contains("32 hex");
    }

    private Response cancel(String id) {
        return h.as(MANAGE).post(Operation.CANCEL_REPORT.path(id));
    }

    private Map<String, Object> task(String id) {
        return h.control("GET", "/tasks", null).jsonPath().getMap("find { it.id == '" + id + "' }");
    }
}
