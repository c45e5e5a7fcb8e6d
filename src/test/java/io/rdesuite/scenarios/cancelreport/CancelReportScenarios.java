package io.rdesuite.scenarios.cancelreport;

import static io.rdesuite.api.Operation.CANCEL_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.qameta.allure.SeverityLevel;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.choices.OpenChoice;
import io.rdesuite.support.EveryApiVersion;
import io.rdesuite.support.Scenario;
import io.rdesuite.support.SlowReports;
import io.rdesuite.support.TargetApi;
import io.rdesuite.verdict.Observations;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@EveryApiVersion
@DisplayName("cancelReport: cancels a running report; refuses ids that name no report")
class CancelReportScenarios {

    @Test
    @DisplayName("answers 204 without a body to the cancel of a running report")
    void cancelsRunningReport() {
        Scenario.covers(CANCEL_REPORT, 204, "Cancel a report", SeverityLevel.CRITICAL);
        TargetApi api = TargetApi.current();
        try (SlowReports slow = SlowReports.during(api)) {
            String id = api.startReport(ReportType.IDENTITY_PROFILE_IDENTITY_ERROR).id();
            slow.requireRunning(id);

            Response response = api.manage().accept(ContentType.JSON).when().post(api.template(CANCEL_REPORT), id);

            response.then().statusCode(204);
            assertThat(response.asByteArray()).as("204 body").isEmpty();
        }
    }

    @Test
    @DisplayName("answers 400 ErrorResponseDto to a malformed id (DEV-12)")
    void refusesMalformedIds() {
        Scenario.covers(CANCEL_REPORT, 400, "Request validation", SeverityLevel.NORMAL);
        TargetApi api = TargetApi.current();

        Response response = api.manage().accept(ContentType.JSON).when().post(api.template(CANCEL_REPORT),
                "not-a-task-id");

        response.then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("detailCode", startsWith("400"));
    }

    /**
     * A well-formed id that names no report: an open choice (cancel-unknown, docs/assumptions.md). Any honest answer
     * passes and is observed; the cell is the status answered (400 is also induced by a malformed id).
     */
    @Test
    @DisplayName("answers an honest status to a well-formed id that names no report, observed (DEV-12)")
    void answersAnUnknownId() {
        Scenario.covers(CANCEL_REPORT, 400, "Request validation", SeverityLevel.NORMAL);
        TargetApi api = TargetApi.current();

        Response response = api.manage().accept(ContentType.JSON).when().post(api.template(CANCEL_REPORT),
                "0123456789abcdef0123456789abcdef");

        Scenario.coversInstead(response.statusCode());
        int status = Integer.parseInt(Observations.observe(api.version(), OpenChoice.CANCEL_UNKNOWN,
                Integer.toString(response.statusCode()), "to a cancel of a well-formed id that names no report"));
        if (status == 204) {
            assertThat(response.asByteArray()).as("204 body").isEmpty();
        } else {
            response.then()
                    .contentType(ContentType.JSON)
                    .body("detailCode", startsWith(Integer.toString(status)));
        }
    }
}
