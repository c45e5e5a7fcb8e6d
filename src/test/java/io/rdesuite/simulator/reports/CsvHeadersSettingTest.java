package io.rdesuite.simulator.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.client.ReportFile;
import io.rdesuite.simulator.testing.ReportFileContents;
import io.rdesuite.simulator.testing.SharedSimulatorTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code csvHeaders} setting: the report files have exactly the columns given, in that order; a column the
 * simulator knows keeps its usual values, another gets generated ones, the same for the same seed; the CSV defects
 * still apply on top; reset returns to the simulator's own columns.
 */
class CsvHeadersSettingTest extends SharedSimulatorTest {

    private static final List<String> TENANT_ACCOUNTS = List.of("Account Name", "Cost Center", "Account ID",
            "Last Login", "Email", "Is Privileged");
    private static final String SETTING = """
            {"csvHeaders": {"ACCOUNTS": ["Account Name", "Cost Center", "Account ID", "Last Login", "Email",
              "Is Privileged"], "SEARCH_EXPORT/identities.csv": ["email", "Department", "displayName"]}}""";

    @Test
    void accountsCsvAndPdf_haveExactlyTheGivenColumns_knownWithTheirUsualValues_unknownGenerated() {
        put(SETTING);
        String id = h.completedReport(ReportExamples.json(ReportType.ACCOUNTS));
        int rows = h.result(id).path("rows");

        List<List<String>> records = csv(h.download(id, "csv"));

        assertThat(records.get(0)).isEqualTo(TENANT_ACCOUNTS);
        assertThat(records).hasSize(rows + 1);
        assertThat(records.subList(1, records.size())).allSatisfy(row -> {
            assertThat(row.get(0)).as("Account Name, the simulator's").matches("[a-z-]+\\.[a-z-]+\\d+");
            assertThat(row.get(1)).as("Cost Center, generated").matches("cost-center-\\d{1,3}");
            assertThat(row.get(2)).as("Account ID, the simulator's").matches("[0-9a-f]{32}");
            assertThat(row.get(3)).as("Last Login, generated").matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(row.get(4)).as("Email, the simulator's (an IDENTITIES column)").endsWith("@example.com");
            assertThat(row.get(5)).as("Is Privileged, generated").isIn("true", "false");
        });
        assertThat(ReportFileContents.pdfText(h.download(id, "pdf").asByteArray())).contains("Cost Center");
    }

    @Test
    void aSearchExportZip_hasTheGivenColumnsInTheNamedFile() {
        put(SETTING);
        String id = h.completedReport(ReportExamples.json(ReportType.SEARCH_EXPORT));

        Map<String, List<List<String>>> files = new ReportFile(h.download(id, "csv").asByteArray(),
                "application/zip", null).csvFiles();

        assertThat(files.get("identities.csv").get(0)).containsExactly("email", "Department", "displayName");
        assertThat(files.get("identities.csv").subList(1, files.get("identities.csv").size()))
                .allSatisfy(row -> assertThat(row.get(1)).matches("department-\\d{1,3}"));
    }

    @Test
    void generatedValues_followTheColumnsName() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        ReportValues.Person person = ReportValues.Person.draw(3, random);

        assertThat(ReportValues.generated("ownerId", person, random)).matches("[0-9a-f]{32}");
        assertThat(ReportValues.generated("Access Profile ID", person, random)).matches("[0-9a-f]{32}");
        assertThat(ReportValues.generated("Modified", person, random)).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(ReportValues.generated("Entitlement Count", person, random)).matches("\\d{1,2}");
        assertThat(ReportValues.generated("hasManager", person, random)).isIn("true", "false");
        assertThat(ReportValues.generated("Work Mail", person, random)).isEqualTo("user3@example.com");
        assertThat(ReportValues.generated("Status", person, random)).isIn("active", "inactive", "pending");
        assertThat(ReportValues.generated("Android", person, random)).matches("android-\\d{1,3}");
        assertThat(ReportValues.generated("!!", person, random)).matches("value-\\d{1,3}");
    }

    @Test
    void theSameSeed_givesTheSameFile_andResetReturnsToTheSimulatorsOwnColumns() {
        put(SETTING);
        byte[] first = h.download(h.completedReport(ReportExamples.json(ReportType.ACCOUNTS)), "csv").asByteArray();
        h.reset();
        put(SETTING);
        byte[] again = h.download(h.completedReport(ReportExamples.json(ReportType.ACCOUNTS)), "csv").asByteArray();
        h.reset();
        List<List<String>> own = csv(h.download(h.completedReport(ReportExamples.json(ReportType.ACCOUNTS)), "csv"));

        assertThat(again).isEqualTo(first);
        assertThat(own.get(0)).containsExactly("Account ID", "Account Name", "Display Name", "Source ID",
                "Source Name", "Identity ID", "Disabled", "Locked", "Created");
        assertThat(h.control("GET", "/settings", null).jsonPath().getMap("csvHeaders")).isEmpty();
    }

    @Test
    void getShowsTheSetting_andTheCsvDefectsApplyOnTop() {
        put(SETTING);
        assertThat(h.control("GET", "/settings", null).jsonPath().getList("csvHeaders.ACCOUNTS"))
                .isEqualTo(TENANT_ACCOUNTS);
        put("{\"defects\": [\"CSV_COLUMN_DROPPED\"]}");

        String id = h.completedReport(ReportExamples.json(ReportType.ACCOUNTS));

        assertThat(csv(h.download(id, "csv")).get(0)).isEqualTo(TENANT_ACCOUNTS.subList(0, 5));
    }

    @Test
    void aBadSetting_isA400OfOneLine_andChangesNothing() {
        Response bad = h.control("PUT", "/settings", "{\"csvHeaders\": {\"ACCOUNTS\": [\"A\", \"A\"]}}");
        Response badKey = h.control("PUT", "/settings", "{\"csvHeaders\": {\"SEARCH_EXPORT/a.txt\": [\"A\"]}}");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.asString()).contains("'csvHeaders': ACCOUNTS: \\\"A\\\" is not a column name");
        assertThat(badKey.asString()).contains("'SEARCH_EXPORT/a.txt' is not a report type");
        assertThat(h.control("GET", "/settings", null).jsonPath().getMap("csvHeaders")).isEmpty();
    }

    private void put(String json) {
        Response answer = h.control("PUT", "/settings", json);
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
    }

    private static List<List<String>> csv(Response download) {
        return new ReportFile(download.asByteArray(), "application/csv", null).csvRecords();
    }
}
