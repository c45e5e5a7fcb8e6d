package io.rdesuite.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter.OpenApiValidationException;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import io.rdesuite.support.StubHttpServer;
import io.rdesuite.support.StubHttpServer.Reply;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift travels from an answer to the Allure results: a drift file, and a status message on the test that stays
 * passed; a violation still fails the call. Through REST Assured against a scripted stub, into a captured Allure
 * lifecycle.
 */
class DriftLogTest {

    private static final String PATH = "/v3/reports/2c91808475b4334b0175e1dff64b63c2/result";
    private static final String COMPLETED = """
            {"reportType": "IDENTITIES", "id": "2c91808475b4334b0175e1dff64b63c2", "status": "SUCCESS",
             "rows": 3, "availableFormats": ["CSV"], "owner": "x"}""";

    private static final Filter LENIENT = ResponseContract.validation(ProjectCopyChecks.LENIENT);
    private static final Filter STRICT = ResponseContract.validation(ProjectCopyChecks.STRICT);

    private final Captured captured = new Captured();
    private AllureLifecycle outer;
    private String test;

    @BeforeEach
    void captureAllure() {
        outer = Allure.getLifecycle();
        AllureLifecycle lifecycle = new AllureLifecycle(captured);
        Allure.setLifecycle(lifecycle);
        test = UUID.randomUUID().toString();
        lifecycle.scheduleTestCase(new TestResult().setUuid(test).setName("a scenario"));
        lifecycle.startTestCase(test);
    }

    @AfterEach
    void restoreAllure() {
        Allure.setLifecycle(outer);
    }

    @Test
    void anAnswerWithAnUndocumentedFieldAndHeader_passes_andItsDriftIsRecorded(@TempDir Path dir) throws IOException {
        try (StubHttpServer stub = StubHttpServer.start()) {
            stub.on("GET", PATH, Reply.json(200, COMPLETED).withHeader("X-Trace-Id", "abc"));

            int status = call(stub, LENIENT);

            assertThat(status).isEqualTo(200);
        }
        TestResult result = finish();

        assertThat(result.getStatus()).isEqualTo(Status.PASSED);
        assertThat(result.getStatusDetails().getMessage()).startsWith(DriftLog.MESSAGE)
                .contains("v3 getReportResult 200: undocumented field /owner")
                .contains("v3 getReportResult 200: undocumented header x-trace-id");
        assertThat(captured.files.keySet()).singleElement().asString().endsWith(DriftLog.FILE_SUFFIX);
        Path file = dir.resolve("a" + DriftLog.FILE_SUFFIX);
        Files.write(file, captured.files.values().iterator().next());
        assertThat(DriftLog.read(file)).containsExactlyInAnyOrder(
                new Drift("v3", "getReportResult", 200, "/owner", Drift.FIELD),
                new Drift("v3", "getReportResult", 200, "x-trace-id", Drift.HEADER));
    }

    @Test
    void underStrictShapes_theUndocumentedFieldFailsTheCall() {
        try (StubHttpServer stub = StubHttpServer.start()) {
            stub.on("GET", PATH, Reply.json(200, COMPLETED));

            assertThatThrownBy(() -> call(stub, STRICT)).isInstanceOf(OpenApiValidationException.class)
                    .hasMessageContaining(AnswerCheck.ADDITIONAL_PROPERTIES);
        }
        assertThat(captured.files).isEmpty();
    }

    @Test
    void anAnswerWithoutAdditions_recordsNothing() {
        try (StubHttpServer stub = StubHttpServer.start()) {
            stub.on("GET", PATH, Reply.json(200, COMPLETED.replace(", \"owner\": \"x\"", "")));

            call(stub, LENIENT);
        }

        assertThat(finish().getStatusDetails()).isNull();
        assertThat(captured.files).isEmpty();
    }

    @Test
    void theMessageListsTenEntries_andCountsTheRest() {
        List<String> entries = java.util.stream.IntStream.range(0, 12).mapToObj(i -> "e" + i).toList();

        assertThat(DriftLog.message(entries)).isEqualTo(DriftLog.MESSAGE
                + "e0; e1; e2; e3; e4; e5; e6; e7; e8; e9; and 2 more (see the coverage matrix)");
    }

    private static int call(StubHttpServer stub, Filter validation) {
        return RestAssured.given().baseUri(stub.baseUri().toString()).filter(validation)
                .get(PATH).then().extract().statusCode();
    }

    private TestResult finish() {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        lifecycle.updateTestCase(test, r -> r.setStatus(Status.PASSED));
        lifecycle.stopTestCase(test);
        lifecycle.writeTestCase(test);
        return captured.results.get(test);
    }

    /** An Allure writer that keeps what it is given. */
    private static final class Captured implements AllureResultsWriter {
        final Map<String, TestResult> results = new ConcurrentHashMap<>();
        final Map<String, byte[]> files = new ConcurrentHashMap<>();

        @Override
        public void write(TestResult result) {
            results.put(result.getUuid(), result);
        }

        @Override
        public void write(TestResultContainer container) {
        }

        @Override
        public void write(String source, InputStream attachment) {
            try (InputStream in = attachment) {
                files.put(source, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
