package io.rdesuite.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.verdict.AnswerCheck.Verdict;
import io.rdesuite.support.OpenApiDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Drift or failure, decided on canned answers against the project's OpenAPI copy of the request's version. */
class AnswerCheckTest {

    private static final String ID = "2c91808475b4334b0175e1dff64b63c2";
    private static final Request RESULT = SimpleRequest.Builder.get("/v3/reports/" + ID + "/result").build();
    private static final Request RUN = SimpleRequest.Builder.post("/v3/reports/run").build();
    private static final String COMPLETED = """
            {"reportType": "IDENTITIES", "taskDefName": "Identities Export", "id": "%s",
             "created": "2024-05-01T10:00:00.000Z", "status": "SUCCESS", "duration": 120, "rows": 3,
             "availableFormats": ["CSV", "PDF"]%%s}""".formatted(ID);
    private static final String FORBIDDEN = """
            {"detailCode": "403 Forbidden", "trackingId": "b21b1f7ce4da4d639f2c62a57171b427",
             "messages": [{"locale": "en-US", "localeOrigin": "DEFAULT", "text": "refused"%s}]%s}""";

    private static final AnswerCheck LENIENT = ProjectCopyChecks.LENIENT;
    private static final AnswerCheck STRICT = ProjectCopyChecks.STRICT;

    @Test
    void anHonestAnswer_isNeitherDriftNorFailure() {
        Verdict verdict = LENIENT.check(RESULT, json(200, COMPLETED.formatted("")), List.of("Content-Type"));

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.drift()).isEmpty();
    }

    @Test
    void anUndocumentedField_isDrift_notAFailure() {
        Verdict verdict = LENIENT.check(RESULT, json(200, COMPLETED.formatted(", \"owner\": {\"id\": \"x\"}")),
                List.of("Content-Type"));

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.drift()).containsExactly(
                new Drift("v3", "getReportResult", 200, "/owner", Drift.FIELD));
    }

    @Test
    void undocumentedFieldsInNestedObjectsAndArrays_areDrift_withTheirPointers() {
        String body = FORBIDDEN.formatted(", \"hint\": \"a\"", ", \"extra\": 1");

        Verdict verdict = LENIENT.check(RESULT, json(403, body), List.of());

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.drift()).extracting(Drift::where).containsExactlyInAnyOrder("/extra", "/messages/*/hint");
    }

    @Test
    void strictShapes_makeAnUndocumentedFieldAFailure() {
        Verdict verdict = STRICT.check(RESULT, json(200, COMPLETED.formatted(", \"owner\": \"x\"")), List.of());

        assertThat(keys(verdict.violations())).containsExactly(AnswerCheck.ADDITIONAL_PROPERTIES);
        assertThat(verdict.drift()).isEmpty();
    }

    @Test
    void aValueOutsideTheEnum_isAFailure() {
        Verdict verdict = LENIENT.check(RESULT, json(200, COMPLETED.replace("\"SUCCESS\"", "\"DONE\"").formatted("")),
                List.of());

        assertThat(keys(verdict.violations())).containsExactly("validation.response.body.schema.enum");
    }

    @Test
    void aChangedType_isAFailure() {
        Verdict verdict = LENIENT.check(RESULT, json(200, COMPLETED.replace("\"rows\": 3", "\"rows\": \"3\"")
                .formatted("")), List.of());

        assertThat(keys(verdict.violations())).containsExactly("validation.response.body.schema.type");
    }

    @Test
    void aRenamedRequiredField_isAFailure_andItsNewNameShowsBesideIt() {
        String renamed = FORBIDDEN.formatted("", "").replace("\"detailCode\"", "\"detail_code\"");

        Verdict verdict = LENIENT.check(RESULT, json(403, renamed), List.of());

        assertThat(verdict.violated()).isTrue();
        assertThat(keys(verdict.violations())).containsExactly("validation.response.body.schema.required");
        assertThat(keys(verdict.failureReport().getMessages()))
                .contains("validation.response.body.schema.required", AnswerCheck.ADDITIONAL_PROPERTIES);
    }

    @Test
    void aMissingRequiredHeader_isAFailure() {
        Verdict verdict = LENIENT.check(RESULT, json(429, "{\"message\": \" Rate Limit Exceeded \"}"), List.of());

        assertThat(keys(verdict.violations())).containsExactly("validation.response.header.missing");
    }

    @Test
    void anUndocumentedHeader_isDrift_andAnOrdinaryOrDocumentedOneIsNothing() {
        SimpleResponse limited = SimpleResponse.Builder.status(429).withContentType("application/json")
                .withHeader("Retry-After", "5").withBody("{\"message\": \" Rate Limit Exceeded \"}").build();

        Verdict verdict = LENIENT.check(RUN, limited, List.of("Content-Type", "Date", "Server", "Vary",
                "cache-control", "Strict-Transport-Security", "Retry-After", "SLPT-Request-ID", "X-Trace-Id"));

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.drift()).containsExactly(new Drift("v3", "startReport", 429, "x-trace-id", Drift.HEADER));
    }

    @Test
    void aHeaderDocumentedForAnotherAnswer_isDriftOnThisOne() {
        Verdict verdict = LENIENT.check(RESULT, json(200, COMPLETED.formatted("")), List.of("Retry-After"));

        assertThat(verdict.drift()).containsExactly(new Drift("v3", "getReportResult", 200, "retry-after", Drift.HEADER));
    }

    @Test
    void anUndocumentedHeader_staysDrift_underStrictShapes() {
        Verdict verdict = STRICT.check(RESULT, json(200, COMPLETED.formatted("")), List.of("X-Trace-Id"));

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.drift()).extracting(Drift::where).containsExactly("x-trace-id");
    }

    @Test
    void answersOutsideTheFourOperations_haveNoDrift() {
        Verdict verdict = LENIENT.check(SimpleRequest.Builder.post("/oauth/token").build(),
                json(200, "{\"access_token\": \"x\", \"novel\": 1}"), List.of("X-Trace-Id"));

        assertThat(verdict.drift()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    void everyVersion_isJudgedByItsOwnCopy_andItsDriftNamesTheVersion(ApiVersion version) {
        Request result = SimpleRequest.Builder.get(Operation.GET_REPORT_RESULT.path(version, ID)).build();

        Verdict honest = LENIENT.check(result, json(200, COMPLETED.formatted("")), List.of());
        Verdict drift = LENIENT.check(result, json(200, COMPLETED.formatted(", \"owner\": 1")), List.of("X-Trace-Id"));
        Verdict broken = LENIENT.check(result, json(200, COMPLETED.replace("\"rows\": 3", "\"rows\": \"3\"")
                .formatted("")), List.of());

        assertThat(honest.violations()).isEmpty();
        assertThat(honest.drift()).isEmpty();
        assertThat(drift.drift()).containsExactly(
                new Drift(version.label(), "getReportResult", 200, "/owner", Drift.FIELD),
                new Drift(version.label(), "getReportResult", 200, "x-trace-id", Drift.HEADER));
        assertThat(keys(broken.violations())).containsExactly("validation.response.body.schema.type");
    }

    @Test
    void aRequestIsJudgedByTheDocumentOfTheVersionItsPathBelongsTo(@TempDir Path dir) throws IOException {
        Path v1WithDone = dir.resolve("reports-v1.yaml");
        String v1 = Files.readString(OpenApiDocument.projectCopy(ApiVersion.V1));
        Files.writeString(v1WithDone, v1.replace("          - FAILURE\n", "          - FAILURE\n          - DONE\n"));
        AnswerCheck check = new AnswerCheck(v -> v == ApiVersion.V1 ? v1WithDone : OpenApiDocument.projectCopy(v), false);
        SimpleResponse done = json(200, COMPLETED.replace("\"SUCCESS\"", "\"DONE\"").formatted(""));

        Verdict onV1 = check.check(SimpleRequest.Builder.get(Operation.GET_REPORT_RESULT.path(ApiVersion.V1, ID)).build(),
                done, List.of());
        Verdict onV3 = check.check(RESULT, done, List.of());

        assertThat(onV1.violations()).isEmpty();
        assertThat(keys(onV3.violations())).containsExactly("validation.response.body.schema.enum");
    }

    private static SimpleResponse json(int status, String body) {
        return SimpleResponse.Builder.status(status).withContentType("application/json").withBody(body).build();
    }

    private static List<String> keys(List<Message> messages) {
        return messages.stream().map(Message::getKey).toList();
    }

}
