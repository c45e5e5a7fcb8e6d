package io.rdesuite.simulator.operations;

import static io.rdesuite.simulator.testing.SimHarness.HEX32;
import static io.rdesuite.simulator.testing.SimHarness.MANAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.testing.SharedSimulatorTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /v3/reports/run: what the body must hold, per report type, and the 400s when it does not. */
class StartReportValidationTest extends SharedSimulatorTest {

    private static final String MISSING = "400.1.0 Required Data Missing Or Empty";
    private static final String ILLEGAL = "400.1.3 Illegal value";
    private static final String BAD_CONTENT = "400.1 Bad Request Content";

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                Arguments.of("empty body", "", MISSING),
                Arguments.of("malformed JSON", "{\"reportType\":", BAD_CONTENT),
                Arguments.of("JSON array", "[]", BAD_CONTENT),
                Arguments.of("JSON string", "\"ACCOUNTS\"", BAD_CONTENT),
                Arguments.of("missing reportType", "{\"arguments\":{}}", MISSING),
                Arguments.of("null reportType", "{\"reportType\":null}", MISSING),
                Arguments.of("unknown reportType", "{\"reportType\":\"PAYROLL\"}", ILLEGAL),
                Arguments.of("reportType in lower case", "{\"reportType\":\"accounts\"}", ILLEGAL),
                Arguments.of("reportType a number", "{\"reportType\":7}", ILLEGAL),
                Arguments.of("arguments not an object", "{\"reportType\":\"IDENTITIES\",\"arguments\":\"x\"}", ILLEGAL),
                Arguments.of("ACCOUNTS without application",
                        "{\"reportType\":\"ACCOUNTS\",\"arguments\":{\"sourceName\":\"AD\"}}", MISSING),
                Arguments.of("ACCOUNTS without sourceName",
                        "{\"reportType\":\"ACCOUNTS\",\"arguments\":{\"application\":\"2c91\"}}", MISSING),
                Arguments.of("ACCOUNTS without arguments", "{\"reportType\":\"ACCOUNTS\"}", MISSING),
                Arguments.of("ACCOUNTS with a blank application",
                        "{\"reportType\":\"ACCOUNTS\",\"arguments\":{\"application\":\" \",\"sourceName\":\"AD\"}}", MISSING),
                Arguments.of("IDENTITIES_DETAILS without correlatedOnly",
                        "{\"reportType\":\"IDENTITIES_DETAILS\",\"arguments\":{}}", MISSING),
                Arguments.of("IDENTITIES_DETAILS with correlatedOnly \"yes\"",
                        "{\"reportType\":\"IDENTITIES_DETAILS\",\"arguments\":{\"correlatedOnly\":\"yes\"}}", ILLEGAL),
                Arguments.of("IDENTITIES with correlatedOnly 1",
                        "{\"reportType\":\"IDENTITIES\",\"arguments\":{\"correlatedOnly\":1}}", ILLEGAL),
                Arguments.of("IDENTITY_PROFILE_IDENTITY_ERROR without authoritativeSource",
                        "{\"reportType\":\"IDENTITY_PROFILE_IDENTITY_ERROR\",\"arguments\":{}}", MISSING),
                Arguments.of("IDENTITY_PROFILE_IDENTITY_ERROR with a numeric authoritativeSource",
                        "{\"reportType\":\"IDENTITY_PROFILE_IDENTITY_ERROR\",\"arguments\":{\"authoritativeSource\":5}}", ILLEGAL),
                Arguments.of("SEARCH_EXPORT without query",
                        "{\"reportType\":\"SEARCH_EXPORT\",\"arguments\":{\"indices\":[\"identities\"]}}", MISSING),
                Arguments.of("SEARCH_EXPORT with an unknown index",
                        "{\"reportType\":\"SEARCH_EXPORT\",\"arguments\":{\"query\":\"*\",\"indices\":[\"users\"]}}", ILLEGAL),
                Arguments.of("SEARCH_EXPORT with indices a string",
                        "{\"reportType\":\"SEARCH_EXPORT\",\"arguments\":{\"query\":\"*\",\"indices\":\"identities\"}}", ILLEGAL),
                Arguments.of("SEARCH_EXPORT with sort not strings",
                        "{\"reportType\":\"SEARCH_EXPORT\",\"arguments\":{\"query\":\"*\",\"sort\":[1]}}", ILLEGAL),
                Arguments.of("ORPHAN_IDENTITIES with format XLSX",
                        "{\"reportType\":\"ORPHAN_IDENTITIES\",\"arguments\":{\"selectedFormats\":[\"XLSX\"]}}", ILLEGAL),
                Arguments.of("UNCORRELATED_ACCOUNTS with format csv in lower case",
                        "{\"reportType\":\"UNCORRELATED_ACCOUNTS\",\"arguments\":{\"selectedFormats\":[\"csv\"]}}", ILLEGAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void invalidBody_answers400ErrorResponseDto(String name, String body, String detailCode) {
        Response response = start(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.<String>path("detailCode")).isEqualTo(detailCode);
        assertThat(response.<String>path("trackingId")).matches(HEX32);
        assertThat(response.<String>path("messages[0].text")).isNotBlank();
        assertThat(h.control("GET", "/tasks", null).<java.util.List<?>>path("")).isEmpty();
    }

    @Test
    void twoErrors_haveDifferentTrackingIds() {
        String first = start("{}").path("trackingId");
        String second = start("{}").path("trackingId");

        assertThat(first).isNotEqualTo(second);
    }

    @ParameterizedTest
    @EnumSource(ReportType.class)
    void documentExample_answers200TaskResultDetails(ReportType type) {
        Response response = start(ReportExamples.json(type));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.<String>path("reportType")).isEqualTo(type.name());
        assertThat(response.<String>path("id")).matches(HEX32);
        assertThat(response.<String>path("type")).isEqualTo("QUARTZ");
        assertThat(response.<String>path("description")).isNotBlank();
        assertThat(response.<String>path("attributes.org")).isNotBlank();
        assertThat(response.<String>path("launcher")).isEqualTo(MANAGE);
        assertThat(response.<String>path("created")).endsWith("Z");
        assertThat(response.<Object>path("completionStatus")).isNull();
    }

    @Test
    void optionalArgumentsLeftOut_areAccepted() {
        Response response = start("{\"reportType\":\"IDENTITIES\"}");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    private Response start(String body) {
        return h.as(MANAGE).contentType(ContentType.JSON).body(body).post(Operation.START_REPORT.template());
    }
}
