package io.rdesuite.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.verdict.Drift;
import io.rdesuite.verdict.DriftLog;
import io.rdesuite.coverage.CoverageMatrix.Cell;
import io.rdesuite.coverage.CoverageMatrix.Status;
import io.rdesuite.coverage.RunResults.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageMatrixTest {

    private static final Map<String, Map<String, Set<Integer>>> DECLARED =
            Map.of("v3", Map.of("startReport", new TreeSet<>(List.of(200, 500))));

    @Test
    void cells_arePassedFailedSkippedOrMissing_withTheReason() {
        var matrix = CoverageMatrix.build(DECLARED, List.of(
                new Result("startReport", "200", "passed", null),
                new Result("startReport", "200", "skipped", "not inducible on this target: no read-only client"),
                new Result("startReport", "500", "failed", "expected 500\nbut was 200")));

        Map<String, Cell> cells = matrix.get("v3").get("startReport");
        assertThat(cells.get("200")).isEqualTo(new Cell(Status.PASSED, 2,
                "1 variant(s) skipped: not inducible on this target: no read-only client"));
        assertThat(cells.get("500")).isEqualTo(new Cell(Status.FAILED, 1, "1 of 1 scenario(s) failed: expected 500"));
        assertThat(CoverageMatrix.build(DECLARED, List.of()).get("v3").get("startReport").get("200").status())
                .isEqualTo(Status.MISSING);
    }

    @Test
    void resultsOfAnotherVersion_doNotCoverThisVersionsCells() {
        var matrix = CoverageMatrix.build(DECLARED, List.of(
                new Result("v2025", "startReport", "200", "passed", null)));

        assertThat(matrix.get("v3").get("startReport").get("200").status()).isEqualTo(Status.MISSING);
    }

    @Test
    void everySelectedVersion_hasTheCellsOfItsOwnProjectCopy_namedAsInV3(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("contracts/openapi/reports-v3.yaml"), dir.resolve("reports-v3.yaml"));
        Files.copy(Path.of("contracts/openapi/published/sailpoint-reports-v1-data-extraction.openapi.yaml"),
                dir.resolve("reports-v1.yaml"));

        var declared = CoverageMatrix.declared(dir, List.of(ApiVersion.V3, ApiVersion.V1));

        assertThat(declared.keySet()).containsExactly("v3", "v1");
        assertThat(declared.get("v1").keySet()).containsExactlyInAnyOrder("startReport", "getReportResult",
                "getReport", "cancelReport");
        assertThat(declared.get("v1").values().stream().mapToInt(Set::size).sum()).isEqualTo(25);
        assertThat(declared.get("v1")).isEqualTo(declared.get("v3"));
    }

    @Test
    void aSelectedVersionWithoutResults_failsTheGate_anUnselectedOneIsAbsent() {
        Map<String, Map<String, Set<Integer>>> declared = new LinkedHashMap<>(DECLARED);
        declared.put("v1", Map.of("startReport", new TreeSet<>(List.of(200))));

        var matrix = CoverageMatrix.build(declared, List.of(new Result("v3", "startReport", "200", "passed", null),
                new Result("v3", "startReport", "500", "passed", null),
                new Result("v2025", "startReport", "200", "passed", null)));

        assertThat(matrix.keySet()).containsExactly("v3", "v1");
        assertThat(CoverageMatrix.failing(matrix, false)).containsExactly("v1 startReport 200 MISSING");
    }

    @Test
    void aVersionsOwnOperationIds_countForTheV3Names_inResultsAndColumns(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-result.json"), """
                {"status": "passed", "labels": [{"name": "apiVersion", "value": "v1"},
                  {"name": "operationId", "value": "getReportV1"}, {"name": "httpStatus", "value": "404"}]}""");
        Files.writeString(dir.resolve("pact.json"), "{\"v1\": {\"getReportV1\": {\"404\": true}}}");

        assertThat(RunResults.read(dir).results()).containsExactly(new Result("v1", "getReport", "404", "passed", null));
        assertThat(MatrixJson.readColumn(dir.resolve("pact.json"))).containsEntry("v1",
                Map.of("getReport", Map.of("404", true)));
    }

    @Test
    void failedAndMissingCells_failTheBuild_missingNotInAFocusedRun() {
        var matrix = CoverageMatrix.build(DECLARED, List.of(new Result("startReport", "500", "broken", "boom")));

        assertThat(CoverageMatrix.failing(matrix, false))
                .containsExactly("v3 startReport 200 MISSING", "v3 startReport 500 FAILED");
        assertThat(CoverageMatrix.failing(matrix, true)).containsExactly("v3 startReport 500 FAILED");
    }

    @Test
    void requireFullMatrix_failsNamingSkippedCellsAndSkippedVariants_withTheirReasons_skipsAreNoFailure() {
        Map<String, Map<String, Set<Integer>>> declared =
                Map.of("v3", Map.of("startReport", new TreeSet<>(List.of(200, 401, 500))));
        var matrix = CoverageMatrix.build(declared, List.of(
                new Result("startReport", "200", "passed", null),
                new Result("startReport", "401", "passed", null),
                new Result("startReport", "401", "skipped", "not inducible on this target: an expired token"),
                new Result("startReport", "500", "skipped", "not inducible on this target: a 500")));

        assertThat(CoverageMatrix.failing(matrix, false)).as("without the property, skips pass").isEmpty();
        assertThat(CoverageMatrix.notInduced(matrix)).containsExactly(
                "v3 startReport 401 PASSED, 1 variant(s) skipped: not inducible on this target: an expired token",
                "v3 startReport 500 SKIPPED: not inducible on this target: a 500");
        assertThatThrownBy(() -> CoverageMatrix.requireFullMatrix(matrix))
                .hasMessageStartingWith("Coverage matrix: -Dreports.requireFullMatrix=true and 2 cell(s) not fully "
                        + "induced on this target:")
                .hasMessageContaining("\n  v3 startReport 500 SKIPPED: not inducible on this target: a 500");
    }

    @Test
    void requireFullMatrix_passesAFullMatrix() {
        var matrix = CoverageMatrix.build(DECLARED, List.of(new Result("startReport", "200", "passed", null),
                new Result("startReport", "500", "passed", null)));

        assertThat(CoverageMatrix.notInduced(matrix)).isEmpty();
        CoverageMatrix.requireFullMatrix(matrix);
    }

    @Test
    void json_hasTheVersionAsOuterKey_andTheColumns(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pact.json"), "{\"startReport\": {\"200\": true}}");
        Files.writeString(dir.resolve("load.json"), "{\"v3\": {\"startReport\": {\"500\": true}}}");
        var matrix = CoverageMatrix.build(DECLARED, List.of(new Result("startReport", "200", "passed", null)));

        JsonNode json = MatrixJson.toJson(matrix, MatrixJson.readColumn(dir.resolve("pact.json")),
                MatrixJson.readColumn(dir.resolve("load.json")));

        JsonNode cell = json.path("v3").path("startReport").path("200");
        assertThat(cell.path("status").asText()).isEqualTo("PASSED");
        assertThat(cell.path("scenarios").asInt()).isEqualTo(1);
        assertThat(cell.path("reason").isNull()).isTrue();
        assertThat(cell.path("pact").asBoolean()).isTrue();
        assertThat(cell.path("load").asBoolean()).isFalse();
        assertThat(json.path("v3").path("startReport").path("500").path("load").asBoolean()).isTrue();
        assertThat(MatrixJson.readColumn(dir.resolve("absent.json"))).isNull();
    }

    @Test
    void drift_isListedOnItsCell_withHowManyAnswersShowedIt_andIsNoFailure() {
        var matrix = CoverageMatrix.build(DECLARED, List.of(new Result("startReport", "200", "passed", null),
                new Result("startReport", "500", "passed", null)));
        Map<Drift, Integer> drift = new LinkedHashMap<>();
        drift.put(new Drift("v3", "startReport", 200, "/owner", Drift.FIELD), 40);
        drift.put(new Drift("v3", "startReport", 200, "x-trace-id", Drift.HEADER), 1);

        JsonNode json = MatrixJson.toJson(matrix, null, null, drift);

        JsonNode cell = json.path("v3").path("startReport").path("200");
        assertThat(cell.path("status").asText()).isEqualTo("PASSED");
        assertThat(cell.path("drift")).hasSize(2);
        assertThat(cell.path("drift").get(0).path("where").asText()).isEqualTo("/owner");
        assertThat(cell.path("drift").get(0).path("what").asText()).isEqualTo(Drift.FIELD);
        assertThat(cell.path("drift").get(0).path("seen").asInt()).isEqualTo(40);
        assertThat(json.path("v3").path("startReport").path("500").has("drift")).isFalse();
        assertThat(CoverageMatrix.failing(matrix, false)).isEmpty();
        assertThat(MatrixJson.driftSummary(json)).isEqualTo("""
                Drift: 2 undocumented addition(s), reported, not failed (-Dreports.strictShapes=true makes body fields fail)
                  v3 startReport 200: undocumented field /owner (40 answers)
                  v3 startReport 200: undocumented header x-trace-id (1 answer)""");
        assertThat(MatrixJson.driftSummary(MatrixJson.toJson(matrix, null, null)))
                .isEqualTo("Drift: no undocumented additions");
    }

    @Test
    void runResults_countTheAnswersOfEachDistinctAddition(@TempDir Path dir) throws IOException {
        String owner = "{\"version\": \"v3\", \"operationId\": \"getReport\", \"status\": 404, "
                + "\"where\": \"/owner\", \"what\": \"undocumented field\"}";
        Files.writeString(dir.resolve("a" + DriftLog.FILE_SUFFIX), "[" + owner + "]");
        Files.writeString(dir.resolve("b" + DriftLog.FILE_SUFFIX), "[" + owner + ", "
                + owner.replace("/owner", "/messages/*/hint") + "]");

        RunResults run = RunResults.read(dir);

        assertThat(run.drift()).containsExactly(
                Map.entry(new Drift("v3", "getReport", 404, "/messages/*/hint", Drift.FIELD), 1),
                Map.entry(new Drift("v3", "getReport", 404, "/owner", Drift.FIELD), 2));
    }

    @Test
    void table_hasAVersionColumn() {
        var matrix = CoverageMatrix.build(DECLARED, List.of(new Result("startReport", "200", "passed", null)));

        String table = MatrixJson.table(MatrixJson.toJson(matrix, null, null));

        assertThat(table).contains("version operation").containsPattern("v3 +startReport +200 +PASSED")
                .endsWith("1 of 2 cells PASSED");
    }

    @Test
    void runResults_readTheCellsTheLoadAndTheTarget_withoutSecrets(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-result.json"), """
                {"status": "passed", "labels": [{"name": "operationId", "value": "getReport"},
                  {"name": "httpStatus", "value": "404"}]}""");
        Files.writeString(dir.resolve("b-result.json"), """
                {"status": "passed", "labels": [{"name": "framework", "value": "gatling"}]}""");
        Files.writeString(dir.resolve("environment.properties"), "Target=target https\\://u\\:p@acme.example/x?k\\=v\n");

        RunResults run = RunResults.read(dir);

        assertThat(run.results()).containsExactly(new Result("v3", "getReport", "404", "passed", null));
        assertThat(run.loadRan()).isTrue();
        assertThat(run.target()).contains("target https://acme.example/x");
    }
}
