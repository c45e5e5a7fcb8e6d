package io.rdesuite.scenarios.cancelreport;

import static io.rdesuite.api.Operation.CANCEL_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.qameta.allure.SeverityLevel;
import io.rdesuite.api.ReportType;
import io.rdesuite.support.EveryApiVersion;
import io.rdesuite.support.Scenario;
import io.rdesuite.support.SlowReports;
import io.rdesuite.support.TargetApi;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest(name = "answers 400 to the id ''{0}''")
    @ValueSource(strings = {"not-a-task-id", "0123456789abcdef0123456789abcdef"})
    @DisplayName("answers 400 ErrorResponseDto to a malformed or unknown id (DEV-12)")
    void refusesUnknownIds(String id) {
        Scenario.covers(CANCEL_REPORT, 400, "Request validation", SeverityLevel.NORMAL);
        TargetApi api = TargetApi.current();

        Response response = api.manage().accept(ContentType.JSON).when().post(api.template(CANCEL_REPORT), id);

        response.then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("detailCode", startsWith("400"));
    }
}
