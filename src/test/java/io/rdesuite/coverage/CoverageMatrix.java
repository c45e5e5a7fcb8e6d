package io.rdesuite.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.config.Settings;
import io.rdesuite.coverage.RunResults.Result;
import io.rdesuite.support.OpenApiDocument;
import io.rdesuite.support.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the coverage matrix of a run from allure-results (the API's results only: scenarios, provider
 * verification, load; read once every test JVM has ended): for every (version, operationId, status) cell the
 * project's copy of each selected version's OpenAPI document declares (25 per version), PASSED, FAILED, SKIPPED
 * (with the reason) or MISSING, and the drift its answers
 * showed (undocumented additions: reported, never a failure of the matrix). Writes
 * target/coverage-matrix.json ({@code {"v3": {"startReport": {"200": {...}}}}}) and target/coverage-matrix.md
 * beside it, prints the table, and fails on FAILED or MISSING; with {@code -Dreports.requireFullMatrix=true} also on
 * SKIPPED cells and skipped variants, naming each with its reason.
 */
public final class CoverageMatrix {

    public enum Status { PASSED, FAILED, SKIPPED, MISSING }

    /** One cell: its status, how many scenarios ran for it, why it was skipped (or which variants were). */
    public record Cell(Status status, int scenarios, String reason) {
    }

    private CoverageMatrix() {
    }

    /**
     * Arguments: allure-results directory, the directory of the project's OpenAPI copies (contracts/openapi), output
     * JSON (the Markdown goes beside it), directory of the extra columns (pact.json, load.json), the load's
     * rate-limit profile (shown when load ran). The versions are the run's ({@code SAIL_API_VERSIONS}).
     */
    public static void main(String[] args) throws IOException {
        if (Boolean.getBoolean("skipTests") || Boolean.getBoolean("skipITs") || Boolean.getBoolean("maven.test.skip")) {
            System.out.println("[coverage-matrix] tests skipped: no matrix");
            return;
        }
        RunResults run = RunResults.read(Path.of(args[0]));
        Path output = Path.of(args[2]);
        Path extras = Path.of(args[3]);
        List<ApiVersion> versions = Settings.fromSystem().apiVersions();
        Map<String, Map<String, Map<String, Cell>>> matrix = build(declared(Path.of(args[1]), versions), run.results());
        // load.json and the profile may be left over from an earlier build: they count only when load ran now
        ObjectNode json = MatrixJson.toJson(matrix, MatrixJson.readColumn(extras.resolve("pact.json")),
                run.loadRan() ? MatrixJson.readColumn(extras.resolve("load.json")) : null, run.drift(),
                run.observations());
        Optional<JsonNode> profile = run.loadRan() ? MatrixJson.readIfPresent(Path.of(args[4])) : Optional.empty();
        Path markdown = output.resolveSibling(output.getFileName().toString().replaceFirst("\\.json$", "") + ".md");
        Files.createDirectories(output.toAbsolutePath().getParent());
        MatrixJson.write(output, json);
        Files.writeString(markdown, MatrixMarkdown.render(json, run.target().orElse("not recorded"), profile));
        System.out.println(MatrixJson.table(json));
        System.out.println(MatrixJson.driftSummary(json));
        System.out.println(MatrixJson.observationsSummary(json));
        explorationSection(Path.of(args[0])).ifPresent(System.out::println);
        System.out.println("[coverage-matrix] written to " + output + " and " + markdown.getFileName());
        List<String> failing = failing(matrix, System.getProperty("it.test") != null);
        if (!failing.isEmpty()) {
            throw new IllegalStateException("Coverage matrix: " + failing.size() + " cell(s) FAILED or MISSING: " + failing);
        }
        if (Boolean.getBoolean(Scenario.REQUIRE_FULL_MATRIX)) {
            requireFullMatrix(matrix);
        }
    }

    /**
     * The gate of {@code -Dreports.requireFullMatrix=true}: fails naming every cell that was not induced (SKIPPED)
     * or was induced only in part (PASSED with skipped variants), each with its reason; does nothing when there is
     * none. The skips themselves stay skips (what the target could not be made to show is no verdict on the API).
     */
    public static void requireFullMatrix(Map<String, Map<String, Map<String, Cell>>> matrix) {
        List<String> notInduced = notInduced(matrix);
        if (!notInduced.isEmpty()) {
            throw new IllegalStateException("Coverage matrix: -D" + Scenario.REQUIRE_FULL_MATRIX + "=true and "
                    + notInduced.size() + " cell(s) not fully induced on this target:\n  "
                    + String.join("\n  ", notInduced));
        }
    }

    /**
     * The cells a run could not induce, one line each with the reason: "v3 startReport 500 SKIPPED: not inducible
     * on this target: ..." for a skipped cell, "v3 startReport 401 PASSED, 1 variant(s) skipped: ..." for a cell
     * that passed with some of its variants skipped.
     */
    public static List<String> notInduced(Map<String, Map<String, Map<String, Cell>>> matrix) {
        List<String> notInduced = new ArrayList<>();
        matrix.forEach((version, ops) -> ops.forEach((op, cells) -> cells.forEach((code, cell) -> {
            String name = version + " " + op + " " + code;
            if (cell.status() == Status.SKIPPED) {
                notInduced.add(name + " SKIPPED: " + cell.reason());
            } else if (cell.status() == Status.PASSED && cell.reason() != null) {
                notInduced.add(name + " PASSED, " + cell.reason());
            }
        })));
        return notInduced;
    }

    /**
     * The "exploration" section printed after the matrix: the summaries the exploration's results attach (suite
     * "exploration", attachment "summary"; docs/exploration.md), empty when none ran.
     */
    static Optional<String> explorationSection(Path results) throws IOException {
        StringBuilder section = new StringBuilder();
        try (java.util.stream.Stream<Path> files = Files.list(results)) {
            for (Path file : files.filter(f -> f.toString().endsWith("-result.json")).sorted().toList()) {
                JsonNode result = MatrixJson.JSON.readTree(file.toFile());
                boolean exploration = false;
                for (JsonNode label : result.path("labels")) {
                    exploration |= "suite".equals(label.path("name").asText())
                            && "exploration".equals(label.path("value").asText());
                }
                for (JsonNode attachment : result.path("attachments")) {
                    Path source = results.resolve(attachment.path("source").asText());
                    if (exploration && "summary".equals(attachment.path("name").asText()) && Files.isRegularFile(source)) {
                        section.append(Files.readString(source).strip()).append('\n');
                    }
                }
            }
        }
        return section.length() == 0 ? Optional.empty()
                : Optional.of("exploration (docs/exploration.md):\n" + section.toString().stripTrailing());
    }

    /**
     * The documented cells of each selected version (version label -> operationId -> codes), read from its project
     * copy in {@code documents} ({@link ApiVersion#projectDocument()}); operations are named by their v3 operationId
     * in every version (v1's startReportV1 is startReport under v1). An unselected version is absent.
     */
    public static Map<String, Map<String, Set<Integer>>> declared(Path documents, List<ApiVersion> versions) {
        Map<String, Map<String, Set<Integer>>> declared = new LinkedHashMap<>();
        for (ApiVersion version : versions) {
            Map<String, Set<Integer>> cells = new LinkedHashMap<>();
            OpenApiDocument.cells(OpenApiDocument.read(documents.resolve(version.projectDocument())))
                    .forEach((id, codes) -> cells.put(RunResults.operationId(version, id), codes));
            declared.put(version.label(), cells);
        }
        return declared;
    }

    /** The cells that fail the build: FAILED, and MISSING unless the run was focused on some tests. */
    public static List<String> failing(Map<String, Map<String, Map<String, Cell>>> matrix, boolean focused) {
        List<String> failing = new ArrayList<>();
        matrix.forEach((version, ops) -> ops.forEach((op, cells) -> cells.forEach((code, cell) -> {
            if (cell.status() == Status.FAILED || (cell.status() == Status.MISSING && !focused)) {
                failing.add(version + " " + op + " " + code + " " + cell.status());
            }
        })));
        return failing;
    }

    /** The matrix of the declared cells (version -> operationId -> codes); results of undeclared cells are ignored. */
    public static Map<String, Map<String, Map<String, Cell>>> build(Map<String, Map<String, Set<Integer>>> declared,
                                                                     List<Result> results) {
        Map<String, Map<String, Map<String, Cell>>> matrix = new LinkedHashMap<>();
        declared.forEach((version, operations) -> {
            Map<String, Map<String, Cell>> ops = new LinkedHashMap<>();
            operations.forEach((op, codes) -> {
                Map<String, Cell> cells = new LinkedHashMap<>();
                for (int code : codes) {
                    List<Result> mine = results.stream().filter(r -> r.version().equals(version)
                            && r.operationId().equals(op) && r.httpStatus().equals(Integer.toString(code))).toList();
                    cells.put(Integer.toString(code), cell(mine));
                }
                ops.put(op, cells);
            });
            matrix.put(version, ops);
        });
        return matrix;
    }

    static Cell cell(List<Result> results) {
        if (results.isEmpty()) {
            return new Cell(Status.MISSING, 0, "no scenario covers this cell");
        }
        long failed = results.stream().filter(r -> r.status().equals("failed") || r.status().equals("broken")).count();
        long passed = results.stream().filter(r -> r.status().equals("passed")).count();
        Set<String> skipReasons = new LinkedHashSet<>();
        results.stream().filter(r -> r.status().equals("skipped"))
                .forEach(r -> skipReasons.add(Optional.ofNullable(r.message()).orElse("skipped")));
        if (failed > 0) {
            String first = results.stream().filter(r -> !r.status().equals("passed") && !r.status().equals("skipped"))
                    .map(Result::message).filter(m -> m != null && !m.isBlank()).findFirst()
                    .map(m -> ": " + firstLine(m)).orElse("");
            return new Cell(Status.FAILED, results.size(),
                    failed + " of " + results.size() + " scenario(s) failed" + first);
        }
        if (passed > 0) {
            return new Cell(Status.PASSED, results.size(), skipReasons.isEmpty() ? null
                    : (results.size() - passed) + " variant(s) skipped: " + String.join("; ", skipReasons));
        }
        return new Cell(Status.SKIPPED, results.size(), String.join("; ", skipReasons));
    }

    /** The first line of a failure message, at most 160 characters: enough to tell one failure from another. */
    private static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() <= 160 ? line : line.substring(0, 157) + "...";
    }
}
