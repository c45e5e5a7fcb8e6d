package io.rdesuite.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.coverage.MatrixJson.Row;
import io.rdesuite.verdict.Observations;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Markdown summary says what the JSON says, cell by cell: read back from the Markdown and compared. */
class MatrixMarkdownTest {

    private static final String JSON = """
            {"v3": {
               "startReport": {
                 "200": {"status": "PASSED", "scenarios": 15, "reason": null, "pact": true, "load": true},
                 "403": {"status": "SKIPPED", "scenarios": 3, "reason": "not inducible on this target: no read-only client", "pact": true, "load": false},
                 "500": {"status": "FAILED", "scenarios": 1, "reason": "1 of 1 scenario(s) failed: a | b", "pact": false, "load": false}},
               "getReport": {
                 "200": {"status": "PASSED", "scenarios": 24, "reason": "1 variant(s) skipped: no control API", "pact": true, "load": false},
                 "404": {"status": "MISSING", "scenarios": 0, "reason": "no scenario covers this cell", "pact": false, "load": false}}},
             "v2025": {
               "startReport": {
                 "200": {"status": "PASSED", "scenarios": 2, "reason": null, "pact": false, "load": false}}}}
            """;

    private static final String PROFILE = """
            {"probes": [{"clientId": "demo-manage", "configuredLimit": "100/10s", "estimatedLimit": 100,
              "windowSeconds": 9.9914, "requests": 260, "refused": 58, "verdict": "limit and window as configured",
              "retryAfterTruth": [{"honoured": true}, {"honoured": true}, {"honoured": false}, {"honoured": null}]}]}
            """;

    private static final Pattern CELL = Pattern.compile("(PASSED|FAILED|SKIPPED|MISSING) (\\d+)((?: · \\w+)*)");

    @Test
    void everyCellOfTheJson_isInTheGrid_withItsResultCountAndColumns() throws IOException {
        JsonNode json = MatrixJson.JSON.readTree(JSON);

        Map<String, String> grid = readGrid(MatrixMarkdown.render(json, "target https://acme.example", Optional.empty()));

        List<Row> rows = MatrixJson.rows(json);
        assertThat(grid).hasSize(rows.size());
        for (Row row : rows) {
            Matcher m = CELL.matcher(grid.get(row.version() + " " + row.operation() + " " + row.code()));
            assertThat(m.find()).as(row.toString()).isTrue();
            assertThat(m.group(1)).isEqualTo(row.status());
            assertThat(Integer.parseInt(m.group(2))).isEqualTo(row.cell().path("scenarios").asInt());
            assertThat(m.group(3).contains("pact")).isEqualTo(row.cell().path("pact").asBoolean());
            assertThat(m.group(3).contains("load")).isEqualTo(row.cell().path("load").asBoolean());
        }
    }

    @Test
    void headline_target_andEveryReason_areThere() throws IOException {
        JsonNode json = MatrixJson.JSON.readTree(JSON);

        String md = MatrixMarkdown.render(json, "target https://acme.example", Optional.empty());

        assertThat(md).startsWith("## Coverage matrix: 3 of 6 cells PASSED\n")
                .contains("Target: target https://acme.example")
                .contains("- v3 startReport 403 SKIPPED: not inducible on this target: no read-only client")
                .contains("- v3 startReport 500 FAILED: 1 of 1 scenario(s) failed: a \\| b")
                .contains("- v3 getReport 200 PASSED: 1 variant(s) skipped: no control API")
                .contains("- v3 getReport 404 MISSING: no scenario covers this cell")
                .doesNotContain("Rate-limit profile");
        assertThat(md.lines().filter(l -> l.startsWith("- "))).hasSize(4);
        assertThat(md.lines().count()).isLessThan(30);
    }

    @Test
    void drift_marksItsCell_andIsListed_notCountedAsAReason() throws IOException {
        JsonNode json = MatrixJson.JSON.readTree("""
                {"v3": {"startReport": {
                   "200": {"status": "PASSED", "scenarios": 15, "reason": null, "drift": [
                     {"where": "/owner", "what": "undocumented field", "seen": 40},
                     {"where": "x-trace|id", "what": "undocumented header", "seen": 1}]},
                   "400": {"status": "PASSED", "scenarios": 2, "reason": null}}}}
                """);

        String md = MatrixMarkdown.render(json, "t", Optional.empty());

        assertThat(readGrid(md)).containsEntry("v3 startReport 200", "✅ PASSED 15 · drift")
                .containsEntry("v3 startReport 400", "✅ PASSED 2");
        assertThat(md).startsWith("## Coverage matrix: 2 of 2 cells PASSED\n")
                .contains("### Drift: undocumented additions")
                .contains("`-Dreports.strictShapes=true` makes undocumented body fields fail")
                .contains("- v3 startReport 200: undocumented field /owner (40 answers)\n")
                .contains("- v3 startReport 200: undocumented header x-trace\\|id (1 answer)\n")
                .doesNotContain("### Reasons");
    }

    @Test
    void observations_areListedPerOpenChoice_inTheConsoleAndTheMarkdown() throws IOException {
        JsonNode json = MatrixJson.toJson(Map.of(), null, null, Map.of(), List.of(
                new Observations.Observation("cancel-finished", "400", "v3", "to a cancel of a finished report"),
                new Observations.Observation("cancel-finished", "400", "v1", "to a cancel of a finished report")));

        String markdown = MatrixMarkdown.render(json, "t", Optional.empty());

        assertThat(MatrixJson.rows(json)).isEmpty();
        assertThat(markdown).contains("### What this target does where the documents are silent")
                .contains("| cancel-finished | 400 (2 answers) in v1 v3 | any honest value |");
        assertThat(MatrixJson.observationsSummary(json)).contains("cancel-finished         400 (2 answers) in v1 v3")
                .contains("get-before-completion   not observed in this run;");
    }

    @Test
    void withoutDrift_thereIsNoDriftSection() throws IOException {
        assertThat(MatrixMarkdown.render(MatrixJson.JSON.readTree(JSON), "t", Optional.empty()))
                .doesNotContain("Drift").doesNotContain("· drift");
    }

    @Test
    void rateLimitProfile_givesEachProbesFigures() throws IOException {
        String md = MatrixMarkdown.render(MatrixJson.JSON.readTree(JSON), "t",
                Optional.of(MatrixJson.JSON.readTree(PROFILE)));

        assertThat(md).contains("### Rate-limit profile (load)")
                .contains("| demo-manage | 100/10s | 100 | 9.991 | 260 | 58 | 2 of 3 | limit and window as configured |");
    }

    /** "v3 startReport 200" -> the text of that cell, from the Markdown grid. */
    private static Map<String, String> readGrid(String md) {
        List<String> table = md.lines().filter(l -> l.startsWith("| ")).toList();
        List<String> header = cells(table.get(0));
        Map<String, String> grid = new HashMap<>();
        for (String line : table.subList(1, table.size())) {
            List<String> cells = cells(line);
            for (int i = 2; i < cells.size(); i++) {
                if (!cells.get(i).equals(MatrixMarkdown.NOT_DOCUMENTED)) {
                    grid.put(cells.get(0) + " " + cells.get(1) + " " + header.get(i), cells.get(i));
                }
            }
        }
        return grid;
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.substring(2, line.length() - 2).split(" \\| ")).map(String::strip).toList();
    }
}
