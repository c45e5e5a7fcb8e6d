package io.rdesuite.simulator.reports;

import static io.rdesuite.simulator.testing.SimHarness.MANAGE;
import static io.rdesuite.simulator.testing.SimHarness.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.reports.Outcome;
import io.rdesuite.simulator.testing.SharedSimulatorTest;
import io.rdesuite.simulator.testing.SimHarness;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A report from start to end, moved along by the test clock; /result while it runs and after. */
class ReportLifecycleTest extends SharedSimulatorTest {

    private static final String ACCOUNTS_BODY = ReportExamples.json(ReportType.ACCOUNTS);
    private static final String IDENTITIES_BODY = ReportExamples.json(ReportType.IDENTITIES);

    @Test
    void justStarted_isRunningAndInitializing() {
        Response started = start(IDENTITIES_BODY);

        assertThat(started.<Object>path("completionStatus")).isNull();
        assertThat(started.<Object>path("completed")).isNull();
        assertThat(started.<String>path("progress")).isEqualTo("Initializing...");
        assertThat(started.<String>path("launched")).isEqualTo(started.<String>path("created"));
    }

    @Test
    void halfway_showsProcessingPercent() {
        String id = h.startReport(IDENTITIES_BODY);
        h.clock().advance(SimHarness.REPORT_DURATION.dividedBy(2));

        Map<String, Object> task = taskOf(id);

        assertThat(task.get("progress")).isEqualTo("Processing: 50%");
        assertThat(task.get("completionStatus")).isNull();
    }

    @Test
    void afterItsDuration_isSuccessWithOrderedTimestamps() {
        String id = h.startReport(IDENTITIES_BODY);
        h.finishRunningReports();

        Map<String, Object> task = taskOf(id);

        assertThat(task.get("completionStatus")).isEqualTo("SUCCESS");
        assertThat(task.get("progress")).isEqualTo("Completed");
        Instant created = Instant.parse((String) task.get("created"));
        Instant launched = Instant.parse((String) task.get("launched"));
        Instant completed = Instant.parse((String) task.get("completed"));
        assertThat(created).isBeforeOrEqualTo(launched);
        assertThat(launched).isBeforeOrEqualTo(completed);
        assertThat(Duration.between(launched, completed)).isEqualTo(SimHarness.REPORT_DURATION);
    }

    @Test
    void result_ofACompletedReport_showsStatusRowsAndDuration() {
        String id = h.completedReport(ACCOUNTS_BODY);

        Response result = h.result(id);

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.<String>path("id")).isEqualTo(id);
        assertThat(result.<String>path("reportType")).isEqualTo("ACCOUNTS");
        assertThat(result.<String>path("taskDefName")).isEqualTo("Account Export");
        assertThat(result.<String>path("status")).isEqualTo("SUCCESS");
        assertThat(result.<Integer>path("duration")).isEqualTo((int) SimHarness.REPORT_DURATION.toMillis());
        assertThat(result.<Integer>path("rows")).isBetween(3, 40);
        assertThat(result.<java.util.List<String>>path("availableFormats")).containsExactly("CSV", "PDF");
    }

    @Test
    void result_withCompletedTrue_answersTheSameResult() {
        String id = h.completedReport(ACCOUNTS_BODY);

        Response result = h.as(MANAGE).queryParam("completed", "true").get(Operation.GET_REPORT_RESULT.path(id));

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.<String>path("status")).isEqualTo("SUCCESS");
    }

    @Test
    void runningReport_inResult_omitsStatusByDefault() {
        String id = h.startReport(ACCOUNTS_BODY);

        Response result = h.result(id);

        assertThat(result.statusCode()).isEqualTo(200);
        Map<String, Object> body = result.as(Map.class);
        assertThat(body).containsKeys("id", "reportType", "taskDefName", "created");
        assertThat(body.get("status")).isNull();
        assertThat(body.get("rows")).isNull();
        assertThat(body.get("duration")).isNull();
    }

    @Test
    void runningReport_inResult_isAnEmptyObjectWhenSoConfigured() {
        h.control("PUT", "/settings", "{\"runningResultView\":\"EMPTY\"}");
        String id = h.startReport(ACCOUNTS_BODY);

        Response result = h.result(id);

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.as(Map.class)).isEmpty();
    }

    @Test
    void unknownId_inResult_answers200EmptyObject() {
        Response result = h.result(UNKNOWN_ID);

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.as(Map.class)).isEmpty();
    }

    @Test
    void completedNotABoolean_answers400() {
        Response result = h.as(MANAGE).queryParam("completed", "notabool").get(Operation.GET_REPORT_RESULT.path(UNKNOWN_ID));

        assertThat(result.statusCode()).isEqualTo(400);
        assertThat(result.<String>path("detailCode")).isEqualTo("400.1.3 Illegal value");
    }

    @Test
    void repeatedStartWhileRunning_returnsTheRunningTask() {
        String first = h.startReport(ACCOUNTS_BODY);

        String second = h.startReport("{\"arguments\":{\"sourceName\":\"Active Directory\","
                + "\"application\":\"2c9180897eSourceIde781782f705b9\"},\"reportType\":\"ACCOUNTS\"}");

        assertThat(second).isEqualTo(first);
        assertThat(h.control("GET", "/tasks", null).<java.util.List<?>>path("")).hasSize(1);
    }

    @Test
    void startWithOtherArguments_createsANewTask() {
        String first = h.startReport(ACCOUNTS_BODY);

        String second = h.startReport("{\"reportType\":\"ACCOUNTS\",\"arguments\":{\"application\":\"other\","
                + "\"sourceName\":\"Active Directory\"}}");

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void startAfterCompletion_createsANewTask() {
        String first = h.completedReport(ACCOUNTS_BODY);

        String second = h.startReport(ACCOUNTS_BODY);

        assertThat(second).isNotEqualTo(first);
    }

    static Stream<Arguments> outcomes() {
        return Stream.of(
                Arguments.of(Outcome.SUCCESS, "SUCCESS", "SUCCESS", 200),
                Arguments.of(Outcome.WARNING, "WARNING", "WARNING", 200),
                Arguments.of(Outcome.ERROR, "ERROR", "FAILURE", 404),
                Arguments.of(Outcome.TEMP_ERROR, "TEMP_ERROR", "FAILURE", 404));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outcomes")
    void configuredOutcome_showsInTaskResultAndFile(Outcome outcome, String completionStatus, String resultStatus,
                                                     int fileStatus) {
        h.control("PUT", "/settings", "{\"outcomes\":{\"IDENTITIES\":\"" + outcome + "\"}}");
        String id = h.completedReport(IDENTITIES_BODY);

        Map<String, Object> task = taskOf(id);
        Response result = h.result(id);
        Response file = h.download(id, "csv");

        assertThat(task.get("completionStatus")).isEqualTo(completionStatus);
        assertThat(result.<String>path("status")).isEqualTo(resultStatus);
        assertThat(file.statusCode()).isEqualTo(fileStatus);
    }

    @Test
    void outcome_appliesOnlyToItsReportType() {
        h.control("PUT", "/settings", "{\"outcomes\":{\"IDENTITIES\":\"ERROR\"}}");
        String id = h.completedReport(ACCOUNTS_BODY);

        assertThat(h.result(id).<String>path("status")).isEqualTo("SUCCESS");
    }

    @Test
    void failedReport_hasAnErrorMessageAndNoRows() {
        h.control("PUT", "/settings", "{\"outcomes\":{\"IDENTITIES\":\"ERROR\"}}");
        String id = h.completedReport(IDENTITIES_BODY);

        assertThat(h.control("GET", "/tasks", null).<String>path("find { it.id == '" + id + "' }.messages[0].type"))
                .isEqualTo("ERROR");
        assertThat(h.result(id).<Integer>path("rows")).isZero();
    }

    @Test
    void sameSeed_givesTheSameRowsAndCsvBytes_otherSeedDiffers() {
        try (SimHarness twin = SimHarness.start(); SimHarness otherSeed = SimHarness.start(b -> b.seed(7))) {
            String mine = h.completedReport(ACCOUNTS_BODY);
            String twins = twin.completedReport(ACCOUNTS_BODY);
            String others = otherSeed.completedReport(ACCOUNTS_BODY);

            assertThat(twins).isNotEqualTo(mine);
            assertThat(twin.result(twins).<Integer>path("rows")).isEqualTo(h.result(mine).<Integer>path("rows"));
            assertThat(twin.download(twins, "csv").asByteArray()).isEqualTo(h.download(mine, "csv").asByteArray());
            assertThat(otherSeed.download(others, "csv").asByteArray()).isNotEqualTo(h.download(mine, "csv").asByteArray());
        }
    }

    private Response start(String body) {
        Response response = h.as(MANAGE).contentType(ContentType.JSON).body(body).post(Operation.START_REPORT.template());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    /** The task as the control API lists it (no /v3 operation reads a TaskResultDetails back). */
    private Map<String, Object> taskOf(String id) {
        Map<String, Object> task = h.control("GET", "/tasks", null).jsonPath().getMap("find { it.id == '" + id + "' }");
        assertThat(task).as("task %s listed", id).isNotNull();
        return task;
    }
}
