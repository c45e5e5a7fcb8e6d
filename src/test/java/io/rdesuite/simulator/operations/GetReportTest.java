package io.rdesuite.simulator.operations;

import static io.rdesuite.simulator.testing.SimHarness.HEX32;
import static io.rdesuite.simulator.testing.SimHarness.READ;
import static io.rdesuite.simulator.testing.SimHarness.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.testing.SharedSimulatorTest;
import io.rdesuite.simulator.testing.SimHarness;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** GET /v3/reports/{id}: content types, Content-disposition and name, parameter checks, 404s, audit events. */
class GetReportTest extends SharedSimulatorTest {

    private static final String ACCOUNTS_BODY = ReportExamples.json(ReportType.ACCOUNTS);

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("csv", "application/csv", "attachment;filename=\"Account Export.csv\""),
                Arguments.of("pdf", "application/pdf", "attachment;filename=\"Account Export.pdf\""),
                Arguments.of("CSV", "application/csv", "attachment;filename=\"Account Export.csv\""));
    }

    @ParameterizedTest(name = "fileFormat={0}")
    @MethodSource("formats")
    void download_answersTheFormatsContentTypeAndDisposition(String format, String contentType, String disposition) {
        String id = h.completedReport(ACCOUNTS_BODY);

        Response file = h.download(id, format);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo(contentType);
        assertThat(file.header("Content-disposition")).isEqualTo(disposition);
        assertThat(file.asByteArray()).isNotEmpty();
    }

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("quarterly-accounts", "csv", "quarterly-accounts.csv"),
                Arguments.of("quarterly-accounts.csv", "csv", "quarterly-accounts.csv"),
                Arguments.of("quarterly", "pdf", "quarterly.pdf"),
                Arguments.of("a\"b/c", "csv", "a_b_c.csv"));
    }

    @ParameterizedTest(name = "name={0} fileFormat={1}")
    @MethodSource("names")
    void name_setsTheFileName(String name, String format, String fileName) {
        String id = h.completedReport(ACCOUNTS_BODY);

        Response file = h.as(READ).queryParam("fileFormat", format).queryParam("name", name).get(Operation.GET_REPORT.path(id));

        assertThat(file.header("Content-disposition")).isEqualTo("attachment;filename=\"" + fileName + "\"");
    }

    @Test
    void csvContentType_isConfigurable() {
        try (SimHarness textCsv = SimHarness.start(b -> b.csvContentType("text/csv"))) {
            String id = textCsv.completedReport(ACCOUNTS_BODY);

            assertThat(textCsv.download(id, "csv").contentType()).isEqualTo("text/csv");
        }
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of("fileFormat missing", Map.of(), "400.1.0 Required Data Missing Or Empty"),
                Arguments.of("fileFormat empty", Map.of("fileFormat", ""), "400.1.0 Required Data Missing Or Empty"),
                Arguments.of("fileFormat xlsx", Map.of("fileFormat", "xlsx"), "400.1.3 Illegal value"),
                Arguments.of("auditable not a boolean", Map.of("fileFormat", "csv", "auditable", "maybe"),
                        "400.1.3 Illegal value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badParameters")
    void badParameters_answer400(String name, Map<String, String> query, String detailCode) {
        String id = h.completedReport(ACCOUNTS_BODY);

        Response response = h.as(READ).queryParams(query).get(Operation.GET_REPORT.path(id));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.<String>path("detailCode")).isEqualTo(detailCode);
        assertThat(response.<String>path("trackingId")).matches(HEX32);
    }

    @Test
    void unknownId_answers404ErrorResponseDto() {
        Response response = h.download(UNKNOWN_ID, "csv");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.<String>path("detailCode")).isEqualTo("404 Not found");
        assertThat(response.<String>path("trackingId")).matches(HEX32);
        assertThat(response.<String>path("messages[0].text")).contains("<h1>File Not Found - 404 Error</h1>");
    }

    @Test
    void runningReport_answers404() {
        String id = h.startReport(ACCOUNTS_BODY);

        Response response = h.download(id, "csv");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.<String>path("detailCode")).isEqualTo("404 Not found");
    }

    @Test
    void idInUpperCase_findsTheReport() {
        String id = h.completedReport(ACCOUNTS_BODY);

        assertThat(h.download(id.toUpperCase(), "csv").statusCode()).isEqualTo(200);
    }

    @Test
    void auditableTrue_recordsAnAuditEvent() {
        String id = h.completedReport(ACCOUNTS_BODY);

        h.as(READ).queryParam("fileFormat", "pdf").queryParam("auditable", "true").queryParam("name", "audited")
                .get(Operation.GET_REPORT.path(id));

        List<Map<String, Object>> events = h.control("GET", "/audit-events", null).jsonPath().getList("");
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).containsEntry("type", "REPORT_DOWNLOADED").containsEntry("taskResultId", id)
                .containsEntry("clientId", READ).containsEntry("fileFormat", "pdf")
                .containsEntry("fileName", "audited.pdf");
    }

    @ParameterizedTest
    @MethodSource("notAuditable")
    void auditableAbsentOrFalse_recordsNone(Map<String, String> query) {
        String id = h.completedReport(ACCOUNTS_BODY);

        Response file = h.as(READ).queryParams(query).get(Operation.GET_REPORT.path(id));

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(h.control("GET", "/audit-events", null).jsonPath().getList("")).isEmpty();
    }

    static Stream<Map<String, String>> notAuditable() {
        return Stream.of(Map.of("fileFormat", "csv"), Map.of("fileFormat", "csv", "auditable", "false"));
    }
}
