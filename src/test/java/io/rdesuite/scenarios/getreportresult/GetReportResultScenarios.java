package io.rdesuite.scenarios.getreportresult;

import static io.rdesuite.api.Operation.GET_REPORT_RESULT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.qameta.allure.SeverityLevel;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.choices.OpenChoice;
import io.rdesuite.api.model.ReportResults;
import io.rdesuite.support.EveryApiVersion;
import io.rdesuite.support.Scenario;
import io.rdesuite.support.SlowReports;
import io.rdesuite.support.TargetApi;
import io.rdesuite.verdict.Observations;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@EveryApiVersion
@DisplayName("getReportResult: a report's result while it runs and once it ended")
class GetReportResultScenarios {

    @ParameterizedTest(name = "answers the result of a completed report with completed={0}")
    @ValueSource(strings = {"", "true", "false"})
    @DisplayName("answers 200 ReportResults with SUCCESS, rows and formats for a completed report")
    void completedReport(String completed) {
        Scenario.covers(GET_REPORT_RESULT, 200, "Report result", SeverityLevel.CRITICAL);
        TargetApi api = TargetApi.current();
        String id = api.completedReport();
        RequestSpecification request = api.manage().accept(ContentType.JSON);
        if (!completed.isEmpty()) {
            request = request.queryParam("completed", completed);
        }

        Response response = request.when().get(api.template(GET_REPORT_RESULT), id);

        response.then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo(id))
                .body("reportType", equalTo("IDENTITIES"))
                .body("status", equalTo("SUCCESS"))
                .body("rows", greaterThanOrEqualTo(0))
                .body("availableFormats", notNullValue());
    }

    /**
     * A running report's {@code /result}: how it shows is an open choice (running-result, docs/assumptions.md): 200
     * with its fields but no status, or 200 {@code {}}. Either passes and is observed; a status on a running report
     * fits neither.
     */
    @Test
    @DisplayName("answers 200 for a report that is still running, without a status or as {}, observed (DEV-09)")
    void runningReport() {
        Scenario.covers(GET_REPORT_RESULT, 200, "Report result", SeverityLevel.NORMAL);
        TargetApi api = TargetApi.current();
        try (SlowReports slow = SlowReports.during(api)) {
            String id = api.startReport(ReportType.ORPHAN_IDENTITIES).id();
            slow.requireRunning(id);
            try {
                Response response = api.manage().accept(ContentType.JSON).when()
                        .get(api.template(GET_REPORT_RESULT), id);

                response.then()
                        .statusCode(200)
                        .contentType(ContentType.JSON);
                boolean empty = response.<Map<String, ?>>path("$").keySet().stream().noneMatch(FIELDS::contains);
                String view = Observations.observe(api.version(), OpenChoice.RUNNING_RESULT,
                        empty ? "EMPTY" : response.path("status") == null ? "OMIT_STATUS" : "a status "
                                + response.path("status"), "for a report still running");
                if (view.equals("OMIT_STATUS")) {
                    response.then()
                            .body("id", equalTo(id))
                            .body("reportType", equalTo("ORPHAN_IDENTITIES"))
                            .body("status", nullValue());
                }
            } finally {
                api.client().cancelReport(id);
            }
        }
    }

    /** The fields of ReportResults: an answer with none of them is {@code {}} (an addition is drift). */
    private static final List<String> FIELDS = Arrays.stream(ReportResults.class.getRecordComponents())
            .map(RecordComponent::getName).toList();

    @Test
    @DisplayName("answers 200 with an empty object for an id that names no report (DEV-10)")
    void unknownId() {
        Scenario.covers(GET_REPORT_RESULT, 200, "Report result", SeverityLevel.NORMAL);
        TargetApi api = TargetApi.current();

        Response response = api.manage()
                .accept(ContentType.JSON)
                .when()
                .get(api.template(GET_REPORT_RESULT), "0123456789abcdef0123456789abcdef");

        response.then()
                .statusCode(200)
                .contentType(ContentType.JSON);
        assertThat(response.<Map<String, ?>>path("$").keySet()).as("ReportResults fields (an addition is drift)")
                .doesNotContainAnyElementsOf(Arrays.stream(ReportResults.class.getRecordComponents())
                        .map(RecordComponent::getName).toList());
    }

    @ParameterizedTest(name = "answers 400 to completed={0}")
    @ValueSource(strings = {"maybe", "yes"})
    @DisplayName("answers 400 ErrorResponseDto when completed is not a boolean")
    void completedNotBoolean(String completed) {
        Scenario.covers(GET_REPORT_RESULT, 400, "Request validation", SeverityLevel.NORMAL);
        TargetApi api = TargetApi.current();

        Response response = api.manage()
                .accept(ContentType.JSON)
                .queryParam("completed", completed)
                .when()
                .get(api.template(GET_REPORT_RESULT), api.completedReport());

        response.then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("detailCode", startsWith("400"));
    }
}
