package io.rdesuite.simulator.reports;

import static io.rdesuite.simulator.testing.ReportFileContents.csvLines;
import static io.rdesuite.simulator.testing.ReportFileContents.pdfText;
import static io.rdesuite.simulator.testing.ReportFileContents.unzip;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.testing.SharedSimulatorTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the report files hold: the CSV header per report type and exactly `rows` rows, the same rows in the PDF. */
class ReportFilesTest extends SharedSimulatorTest {

    private static final String SEARCH_EXPORT_BODY = ReportExamples.json(ReportType.SEARCH_EXPORT);

    static Stream<Arguments> csvHeaders() {
        return Stream.of(
                Arguments.of(ReportType.ACCOUNTS,
                        "Account ID,Account Name,Display Name,Source ID,Source Name,Identity ID,Disabled,Locked,Created"),
                Arguments.of(ReportType.IDENTITIES_DETAILS,
                        "Identity ID,Name,Display Name,Email,Lifecycle State,Manager,Accounts,Access Items,Correlated"),
                Arguments.of(ReportType.IDENTITIES, "Identity ID,Name,Display Name,Email,Lifecycle State,Correlated"),
                Arguments.of(ReportType.IDENTITY_PROFILE_IDENTITY_ERROR,
                        "Identity ID,Name,Identity Profile,Authoritative Source,Error,Occurred"),
                Arguments.of(ReportType.ORPHAN_IDENTITIES, "Identity ID,Name,Display Name,Email,Created"),
                Arguments.of(ReportType.UNCORRELATED_ACCOUNTS, "Account ID,Account Name,Source Name,Created"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvHeaders")
    void csv_hasTheReportTypesHeaderAndExactlyRowsDataRows(ReportType type, String header) {
        String id = h.completedReport(ReportExamples.json(type));
        int rows = h.result(id).path("rows");

        List<String> lines = csvLines(h.download(id, "csv").asByteArray());

        assertThat(lines.get(0)).isEqualTo(header);
        assertThat(lines).hasSize(rows + 1);
        int columns = header.split(",").length;
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(columns));
    }

    @Test
    void accountsCsv_carriesTheSourceOfItsArguments() {
        String id = h.completedReport(ReportExamples.json(ReportType.ACCOUNTS));

        List<String> lines = csvLines(h.download(id, "csv").asByteArray());

        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(line -> assertThat(line).contains(",2c9180897eSourceIde781782f705b9,Active Directory,"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvHeaders")
    void pdf_holdsTheSameRowsAsTheCsv(ReportType type, String header) throws IOException {
        String id = h.completedReport(ReportExamples.json(type));
        List<String> csv = csvLines(h.download(id, "csv").asByteArray());

        Response pdf = h.download(id, "pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        String text = pdfText(pdf.asByteArray());
        assertThat(text).contains("(" + (csv.size() - 1) + " rows)");
        for (String row : csv.subList(1, csv.size())) {
            assertThat(text).contains(row.split(",")[0]);
        }
    }

    @Test
    void searchExport_csvIsAZipWithOneCsvPerIndex() throws IOException {
        String id = h.completedReport("""
                {"reportType":"SEARCH_EXPORT","arguments":{"query":"*","indices":["identities","roles","entitlements"],\
                "columns":"id,name"}}""");
        int rows = h.result(id).path("rows");

        Response file = h.download(id, "csv");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/zip");
        assertThat(file.header("Content-disposition")).isEqualTo("attachment;filename=\"Search Export.zip\"");
        Map<String, List<String>> entries = unzip(file.asByteArray());
        assertThat(entries).containsOnlyKeys("identities.csv", "roles.csv", "entitlements.csv");
        assertThat(entries.values()).allSatisfy(lines -> assertThat(lines.get(0)).isEqualTo("id,name"));
        assertThat(entries.values().stream().mapToInt(lines -> lines.size() - 1).sum()).isEqualTo(rows);
    }

    @Test
    void searchExport_indexNamedTwice_isOneCsv() throws IOException {
        String id = h.completedReport("""
                {"reportType":"SEARCH_EXPORT","arguments":{"query":"*","indices":["roles","identities","roles"],\
                "columns":"id,name"}}""");
        int rows = h.result(id).path("rows");

        Response file = h.download(id, "csv");

        assertThat(file.statusCode()).isEqualTo(200);
        Map<String, List<String>> entries = unzip(file.asByteArray());
        assertThat(entries).containsOnlyKeys("roles.csv", "identities.csv");
        assertThat(entries.values().stream().mapToInt(lines -> lines.size() - 1).sum()).isEqualTo(rows);
    }

    @Test
    void searchExport_documentExample_usesItsColumns() throws IOException {
        String id = h.completedReport(SEARCH_EXPORT_BODY);

        Map<String, List<String>> entries = unzip(h.download(id, "csv").asByteArray());

        assertThat(entries).containsOnlyKeys("identities.csv");
        assertThat(entries.get("identities.csv").get(0)).isEqualTo(
                "displayName,firstName,lastName,email,attributes.city,created,attributes.cloudLifecycleState,access.spread");
    }

    @Test
    void searchExport_pdf_answers400() {
        String id = h.completedReport(SEARCH_EXPORT_BODY);

        Response pdf = h.download(id, "pdf");

        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(pdf.<String>path("detailCode")).isEqualTo("400.1.3 Illegal value");
        assertThat(h.result(id).<List<String>>path("availableFormats")).containsExactly("CSV");
    }

    @Test
    void orphanIdentitiesWithCsvOnly_pdf_answers400() {
        String id = h.completedReport("{\"reportType\":\"ORPHAN_IDENTITIES\",\"arguments\":{\"selectedFormats\":[\"CSV\"]}}");

        Response pdf = h.download(id, "pdf");

        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(h.download(id, "csv").statusCode()).isEqualTo(200);
    }
}
