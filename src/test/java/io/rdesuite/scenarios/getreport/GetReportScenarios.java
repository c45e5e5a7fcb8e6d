package io.rdesuite.scenarios.getreport;

import static io.rdesuite.api.Operation.GET_REPORT;
import static io.rdesuite.verdict.MediaTypeMatcher.mediaType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.qameta.allure.SeverityLevel;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.choices.OpenChoice;
import io.rdesuite.api.model.ReportResults;
import io.rdesuite.client.ReportFile;
import io.rdesuite.scenarios.ReportFileChecks;
import io.rdesuite.support.EveryApiVersion;
import io.rdesuite.support.Scenario;
import io.rdesuite.support.SlowReports;
import io.rdesuite.support.TargetApi;
import io.rdesuite.verdict.Observations;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@EveryApiVersion
@DisplayName("getReport: every format of every report type, bad parameters, files that do not exist")
class GetReportScenarios {

    private static final String DISPOSITION = "(?i)attachment;\\s*filename=\"?[^\"]+\\.(csv|pdf|zip)\"?";

    /**
     * Every report type with every format its result offers (availableFormats; CSV and PDF when absent), from the
     * completed report of every type that the version's API runs once ({@link TargetApi#completedReports()}).
     */
    static Stream<Arguments> typesAndFormats() {
        Map<ReportType, ReportResults> completed = TargetApi.current().completedReports();
        return Arrays.stream(ReportType.values()).flatMap(t -> {
            List<FileFormat> formats = completed.get(t).availableFormats();
            return (formats == null || formats.isEmpty() ? List.of(FileFormat.CSV, FileFormat.PDF) : formats).stream()
                    .map(f -> Arguments.of(t, f.queryValue()));
        });
    }

    @ParameterizedTest(name = "downloads the {0} report as {1}")
    @MethodSource("typesAndFormats")
    @DisplayName("answers 200 with the file, its content type and Content-disposition, for every type and format")
    void downloadsEveryFormat(ReportType type, String format) {
        Scenario.covers(GET_REPORT, 200, "Download a report", SeverityLevel.BLOCKER);
        TargetApi api = TargetApi.current();
        ReportResults result = api.completedReports().get(type);
        boolean zip = type == ReportType.SEARCH_EXPORT && format.equals("csv");

        Response response = api.manage()
                .queryParam("fileFormat", format)
                .accept(format.equals("pdf") ? "application/pdf, application/zip" : "text/csv, application/csv, application/zip")
                .when()
                .get(api.template(GET_REPORT), result.id());

        response.then()
                .statusCode(200)
                .header("Content-disposition", matchesPattern(DISPOSITION));
        if (zip || format.equals("pdf")) {
            response.then().contentType(mediaType(zip ? "application/zip" : "application/pdf"));
        } else {
            Observations.observe(api.version(), OpenChoice.CSV_CONTENT_TYPE, response.contentType(),
                    "as the media type of a CSV file");
        }
        ReportFile file = new ReportFile(response.asByteArray(), response.contentType(),
                response.header("Content-disposition"));
        if (zip) {
            assertThat(file.zipEntries()).as("CSV files in the zip").isNotEmpty()
                    .allSatisfy((name, csv) -> assertThat(name).endsWith(".csv"));
            ReportFileChecks.assertCsvFiles(type, file);
        } else if (format.equals("pdf")) {
            assertThat(ReportFileChecks.assertPdf(file)).isNotBlank();
        } else {
            ReportFileChecks.assertCsv(type, file, result.rows());
        }
    }

    @Test
    @DisplayName("names the file after the name parameter")
    void namesTheFile() {
        Scenario.covers(GET_REPORT, 200, "Download a report", SeverityLevel.MINOR);
        TargetApi api = TargetApi.current();

        Response response = api.manage()
                .queryParam("fileFormat", "csv")
                .queryParam("name", "acceptance-check")
                .when()
                .get(api.template(GET_REPORT), api.completedReports().get(ReportType.IDENTITIES).id());

        response.then()
                .statusCode(200)
                .header("Content-disposition", matchesPattern("attachment;\\s*filename=\"?acceptance-check\\.csv\"?"));
    }

    @Test
    @DisplayName("records an audit event for an auditable download")
    void auditableDownload() {
        Scenario.covers(GET_REPORT, 200, "Download a report", SeverityLevel.NORMAL);
        TargetApi api = TargetApi.current();
        Scenario.requireTarget(api.control().isPresent(), "not observable on this target: audit events are read "
                + "through the simulator's control API");
        String id = api.completedReports().get(ReportType.ACCOUNTS).id();

        Response response = api.manage()
                .queryParam("fileFormat", "pdf")
                .queryParam("auditable", true)
                .when()
                .get(api.template(GET_REPORT), id);

        response.then().statusCode(200);
        assertThat(api.control().get().auditEvents()).as("audit events")
                .anySatisfy(e -> assertThat(e.toString()).contains(id).contains("REPORT_DOWNLOADED"));
    }

    @ParameterizedTest(name = "answers 400 to {0}")
    @ValueSource(strings = {"", "fileFormat=", "fileFormat=xlsx", "fileFormat=CSV_PLUS", "fileFormat=csv&auditable=maybe"})
    @DisplayName("answers 400 ErrorResponseDto when fileFormat is missing or not csv/pdf, or auditable not a boolean")
    void refusesBadParameters(String query) {
        Scenario.covers(GET_REPORT, 400, "Request validation", SeverityLevel.CRITICAL);
        TargetApi api = TargetApi.current();

        Response response = api.manage()
                .accept(ContentType.JSON)
                .urlEncodingEnabled(false)
                .when()
                .get(api.template(GET_REPORT) + (query.isEmpty() ? "" : "?" + query),
                        api.completedReports().get(ReportType.IDENTITIES).id());

        response.then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("detailCode", startsWith("400"));
    }

    @Test
    @DisplayName("answers 404 ErrorResponseDto for an id that names no report")
    void unknownReport() {
        Scenario.covers(GET_REPORT, 404, "Missing files", SeverityLevel.NORMAL);
        TargetApi api = TargetApi.current();

        Response response = api.manage()
                .queryParam("fileFormat", "csv")
                .when()
                .get(api.template(GET_REPORT), "0123456789abcdef0123456789abcdef");

        response.then()
                .statusCode(404)
                .contentType(ContentType.JSON)
                .body("detailCode", equalTo("404 Not found"));
    }

    /**
     * getReport of a report still running: an open choice (get-before-completion, docs/assumptions.md). Any honest
     * answer passes and is observed; the cell is the status answered (404 is also induced by an unknown id).
     */
    @Test
    @DisplayName("answers an honest ErrorResponseDto for a report that is still running, observed (DEV-13)")
    void reportStillRunning() {
        Scenario.covers(GET_REPORT, 404, "Missing files", SeverityLevel.NORMAL);
        TargetApi api = TargetApi.current();
        try (SlowReports slow = SlowReports.during(api)) {
            String id = api.startReport(ReportType.UNCORRELATED_ACCOUNTS).id();
            slow.requireRunning(id);
            try {
                Response response = api.manage().queryParam("fileFormat", "csv").when()
                        .get(api.template(GET_REPORT), id);

                Scenario.coversInstead(response.statusCode());
                String status = Observations.observe(api.version(), OpenChoice.GET_BEFORE_COMPLETION,
                        Integer.toString(response.statusCode()), "to getReport of a report still running");
                response.then()
                        .contentType(ContentType.JSON)
                        .body("detailCode", startsWith(status));
            } finally {
                api.client().cancelReport(id);
            }
        }
    }
}
