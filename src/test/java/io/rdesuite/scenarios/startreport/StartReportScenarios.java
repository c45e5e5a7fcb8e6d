package io.rdesuite.scenarios.startreport;

import static io.rdesuite.api.Operation.START_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.qameta.allure.SeverityLevel;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.model.ReportResults;
import io.rdesuite.support.ReportRequests;
import io.rdesuite.support.EveryApiVersion;
import io.rdesuite.support.Scenario;
import io.rdesuite.support.SharedReports;
import io.rdesuite.support.TargetApi;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@EveryApiVersion
@DisplayName("startReport: runs every report type, refuses what the document does not allow")
class StartReportScenarios {

    @ParameterizedTest(name = "starts a {0} report")
    @EnumSource(ReportType.class)
    @DisplayName("answers 200 TaskResultDetails for the document's example of every report type; the report completes")
    void startsEveryReportType(ReportType type) {
        Scenario.covers(START_REPORT, 200, "Run a report", SeverityLevel.BLOCKER);
        TargetApi api = TargetApi.current();
        // the document's example is the shared report of its type: started with all the others at once, its
        // answer kept (and checked against the contract as it came); this scenario judges that answer
        SharedReports.Shared shared = api.shared(type);
        Response response = shared.start();
        assertThat(response).as("the answer to the start of the document's " + type + " example").isNotNull();

        response.then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", matchesPattern("[0-9a-f]{32}"))
                .body("reportType", equalTo(type.name()));
        OffsetDateTime created = OffsetDateTime.parse(response.path("created"));
        String launched = response.path("launched");
        if (launched != null) {
            assertThat(OffsetDateTime.parse(launched)).as("launched").isAfterOrEqualTo(created);
        }
        ReportResults done = shared.result();
        assertThat(done.status()).as("the started report ends with a status of the document's").isNotNull();
    }

    static Stream<Arguments> badRequests() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("malformed JSON", "{\"reportType\": \"IDENTITIES\","));
        cases.add(Arguments.of("a JSON array instead of an object", "[]"));
        cases.add(Arguments.of("no reportType", "{\"arguments\": {\"correlatedOnly\": true}}"));
        cases.add(Arguments.of("an unknown reportType", "{\"reportType\": \"NOT_A_REPORT\"}"));
        cases.add(Arguments.of("IDENTITIES_DETAILS with correlatedOnly not a boolean",
                "{\"reportType\": \"IDENTITIES_DETAILS\", \"arguments\": {\"correlatedOnly\": \"yes\"}}"));
        ReportRequests.requiredArguments().forEach((type, fields) -> fields.forEach(field ->
                cases.add(Arguments.of(type + " without its required argument " + field,
                        ReportRequests.withoutArgument(type, field)))));
        return cases.stream();
    }

    @ParameterizedTest(name = "answers 400 to {0}")
    @MethodSource("badRequests")
    @DisplayName("answers 400 ErrorResponseDto to a body the document does not allow")
    void refusesBadRequests(String variant, String body) {
        Scenario.covers(START_REPORT, 400, "Request validation", SeverityLevel.CRITICAL);
        TargetApi api = TargetApi.current();

        Response response = api.manage()
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(body)
                .when()
                .post(api.template(START_REPORT));

        response.then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("detailCode", startsWith("400"));
    }
}
