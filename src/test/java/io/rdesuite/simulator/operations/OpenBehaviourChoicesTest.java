package io.rdesuite.simulator.operations;

import static io.rdesuite.simulator.testing.SimHarness.MANAGE;
import static io.rdesuite.simulator.testing.SimHarness.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.simulator.testing.SimHarness;
import io.restassured.response.Response;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The settings of cancelReport and getReport where the real service is unknown (docs/assumptions.md): each value's
 * answer, and that nothing else changes with it.
 */
class OpenBehaviourChoicesTest {

    private static final String ACCOUNTS_BODY = ReportExamples.json(ReportType.ACCOUNTS);

    @ParameterizedTest(name = "cancelUnknownId {0}: {0} {1}")
    @CsvSource(delimiter = ';', value = {"400; 400.1.3 Illegal value", "404; 404 Not found", "204; "})
    void cancelOfAnUnknownId_answersTheSetStatus(int status, String detailCode) {
        try (SimHarness h = SimHarness.start(b -> b.cancelUnknownId(status))) {
            Response cancel = cancel(h, UNKNOWN_ID);

            assertAnswer(cancel, status, detailCode);
            assertThat(cancel(h, "not-an-id").statusCode()).as("a malformed id stays a 400").isEqualTo(400);
        }
    }

    @ParameterizedTest(name = "cancelFinished {0}: {0} {1}")
    @CsvSource(delimiter = ';', value = {"204; ", "400; 400.1.3 Illegal value", "404; 404 Not found"})
    void cancelOfACompletedReport_answersTheSetStatus_andTheReportStaysAsItWas(int status, String detailCode) {
        try (SimHarness h = SimHarness.start(b -> b.cancelFinished(status))) {
            String id = h.completedReport(ACCOUNTS_BODY);

            Response cancel = cancel(h, id);

            assertAnswer(cancel, status, detailCode);
            assertThat(h.result(id).<String>path("status")).isEqualTo("SUCCESS");
            assertThat(h.download(id, "csv").statusCode()).isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "cancelFinished {0}")
    @ValueSource(ints = {204, 400, 404})
    void cancelOfACancelledReport_answersTheSetStatus_butTheFirstCancelAlways204(int status) {
        try (SimHarness h = SimHarness.start(b -> b.cancelFinished(status))) {
            String id = h.startReport(ACCOUNTS_BODY);

            Response first = cancel(h, id);
            Response second = cancel(h, id);

            assertThat(first.statusCode()).isEqualTo(204);
            assertThat(second.statusCode()).isEqualTo(status);
            assertThat(h.result(id).<String>path("status")).isEqualTo("TERMINATED");
        }
    }

    @ParameterizedTest(name = "getReportBeforeCompletion {0}: {0} {1}")
    @CsvSource(delimiter = ';', value = {"404; 404 Not found", "400; 400.1.3 Illegal value"})
    void getReportOfARunningReport_answersTheSetStatus_andTheFileOnceComplete(int status, String detailCode) {
        try (SimHarness h = SimHarness.start(b -> b.getReportBeforeCompletion(status))) {
            String id = h.startReport(ACCOUNTS_BODY);

            Response running = h.download(id, "csv");
            h.finishRunningReports();
            Response completed = h.download(id, "csv");

            assertAnswer(running, status, detailCode);
            assertThat(completed.statusCode()).isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "getReportBeforeCompletion {0}")
    @ValueSource(ints = {404, 400})
    void getReportOfACancelledOrUnknownReport_stays404(int status) {
        Consumer<SimulatorConfig.Builder> setting = b -> b.getReportBeforeCompletion(status);
        try (SimHarness h = SimHarness.start(setting)) {
            String id = h.startReport(ACCOUNTS_BODY);
            cancel(h, id);

            assertThat(h.download(id, "csv").statusCode()).isEqualTo(404);
            assertThat(h.download(UNKNOWN_ID, "csv").statusCode()).isEqualTo(404);
        }
    }

    private static void assertAnswer(Response response, int status, String detailCode) {
        assertThat(response.statusCode()).isEqualTo(status);
        if (detailCode == null) {
            assertThat(response.asByteArray()).isEmpty();
        } else {
            assertThat(response.<String>path("detailCode")).isEqualTo(detailCode);
            assertThat(response.<String>path("trackingId")).matches(SimHarness.HEX32);
        }
    }

    private static Response cancel(SimHarness h, String id) {
        return h.as(MANAGE).post(Operation.CANCEL_REPORT.path(id));
    }
}
