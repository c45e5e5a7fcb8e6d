package io.rdesuite.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.support.AllureLabels;
import io.rdesuite.support.OpenApiDocument;
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
import java.util.stream.Stream;

/**
 * Builds the coverage matrix of a run from allure-results (all test JVMs' results, read after they ended): for
 * every (operationId, status) cell the project's OpenAPI copy declares, PASSED, FAILED, SKIPPED (with the reason)
 * or MISSING. Only results carrying both the operationId and httpStatus labels count. Writes
 * target/coverage-matrix.json, merges the optional pact and load columns, prints a table, and fails on FAILED or
 * MISSING.
 */
public final class CoverageMatrix {

    public enum Status { PASSED, FAILED, SKIPPED, MISSING }

    /** One cell: its status, how many scenarios ran for it, why it was skipped (or which variants were). */
    public record Cell(Status status, int scenarios, String reason) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CoverageMatrix() {
    }

    /** Arguments: allure-results directory, OpenAPI copy, output JSON, directory of extra columns (pact.json, load.json). */
    public static void main(String[] args) throws IOException {
        if (Boolean.getBoolean("skipTests") || Boolean.getBoolean("skipITs") || Boolean.getBoolean("maven.test.skip")) {
            System.out.println("[coverage-matrix] tests skipped: no matrix");
            return;
        }
        Path results = Path.of(args[0]);
        Path document = Path.of(args[1]);
        Path output = Path.of(args[2]);
        Path extras = Path.of(args[3]);
        Map<String, Map<String, Cell>> matrix = build(OpenApiDocument.cells(OpenApiDocument.read(document)),
                readResults(results));
        ObjectNode json = toJson(matrix, readColumn(extras.resolve("pact.json")), readColumn(extras.resolve("load.json")));
        Files.createDirectories(output.toAbsolutePath().getParent());
        JSON.writeValue(output.toFile(), json);
        System.out.println(table(json));
        System.out.println("[coverage-matrix] written to " + output);
        boolean focused = System.getProperty("it.test") != null;
        List<String> failing = new ArrayList<>();
        matrix.forEach((op, cells) -> cells.forEach((code, cell) -> {
            if (cell.status() == Status.FAILED || (cell.status() == Status.MISSING && !focused)) {
                failing.add(op + " " + code + " " + cell.status());
            }
        }));
        if (!failing.isEmpty()) {
            throw new IllegalStateException("Coverage matrix: " + failing.size() + " cell(s) FAILED or MISSING: " + failing);
        }
    }

    /** A finished test's labels, status and status message, as Allure wrote them. */
    public record Result(String operationId, String httpStatus, String status, String message, String name) {
    }

    static List<Result> readResults(Path dir) throws IOException {
        List<Result> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).toList()) {
                JsonNode node = JSON.readTree(file.toFile());
                String op = label(node, AllureLabels.OPERATION_ID);
                String code = label(node, AllureLabels.HTTP_STATUS);
                if (op != null && code != null) {
                    out.add(new Result(op, code, node.path("status").asText("unknown"),
                            node.path("statusDetails").path("message").asText(null), node.path("name").asText()));
                }
            }
        }
        return out;
    }

    private static String label(JsonNode result, String name) {
        for (JsonNode label : result.path("labels")) {
            if (name.equals(label.path("name").asText())) {
                return label.path("value").asText();
            }
        }
        return null;
    }

    /** The matrix of the document's cells from the results; results of undeclared cells are ignored. */
    public static Map<String, Map<String, Cell>> build(Map<String, Set<Integer>> declared, List<Result> results) {
        Map<String, Map<String, Cell>> matrix = new LinkedHashMap<>();
        declared.forEach((op, codes) -> {
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (int code : codes) {
                List<Result> mine = results.stream()
                        .filter(r -> r.operationId().equals(op) && r.httpStatus().equals(Integer.toString(code))).toList();
                cells.put(Integer.toString(code), cell(mine));
            }
            matrix.put(op, cells);
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
            return new Cell(Status.FAILED, results.size(), failed + " of " + results.size() + " scenario(s) failed");
        }
        if (passed > 0) {
            return new Cell(Status.PASSED, results.size(), skipReasons.isEmpty() ? null
                    : (results.size() - passed) + " variant(s) skipped: " + String.join("; ", skipReasons));
        }
        return new Cell(Status.SKIPPED, results.size(), String.join("; ", skipReasons));
    }

    static Map<String, Map<String, Boolean>> readColumn(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Map<String, Map<String, Boolean>> column = new LinkedHashMap<>();
        JSON.readTree(file.toFile()).fields().forEachRemaining(op -> {
            Map<String, Boolean> codes = new LinkedHashMap<>();
            op.getValue().fields().forEachRemaining(c -> codes.put(c.getKey(), c.getValue().asBoolean(false)));
            column.put(op.getKey(), codes);
        });
        return column;
    }

    static ObjectNode toJson(Map<String, Map<String, Cell>> matrix, Map<String, Map<String, Boolean>> pact,
                             Map<String, Map<String, Boolean>> load) {
        ObjectNode root = JSON.createObjectNode();
        matrix.forEach((op, cells) -> {
            ObjectNode opNode = root.putObject(op);
            cells.forEach((code, cell) -> {
                ObjectNode c = opNode.putObject(code);
                c.put("status", cell.status().name());
                c.put("scenarios", cell.scenarios());
                c.put("reason", cell.reason());
                if (pact != null) {
                    c.put("pact", pact.getOrDefault(op, Map.of()).getOrDefault(code, false));
                }
                if (load != null) {
                    c.put("load", load.getOrDefault(op, Map.of()).getOrDefault(code, false));
                }
            });
        });
        return root;
    }

    static String table(ObjectNode json) {
        boolean pact = false;
        boolean load = false;
        List<String[]> rows = new ArrayList<>();
        for (var ops = json.fields(); ops.hasNext(); ) {
            var op = ops.next();
            for (var codes = op.getValue().fields(); codes.hasNext(); ) {
                var code = codes.next();
                JsonNode c = code.getValue();
                pact |= c.has("pact");
                load |= c.has("load");
                rows.add(new String[] {op.getKey(), code.getKey(), c.path("status").asText(),
                    c.path("scenarios").asText(), c.has("pact") ? yesNo(c.get("pact")) : "",
                    c.has("load") ? yesNo(c.get("load")) : "", c.path("reason").isNull() ? "" : c.path("reason").asText()});
            }
        }
        StringBuilder out = new StringBuilder("\nCoverage matrix (operation x documented status)\n");
        String format = "%-16s %-6s %-8s %-9s" + (pact ? " %-5s" : "%.0s") + (load ? " %-5s" : "%.0s") + " %s%n";
        out.append(String.format(format, "operation", "status", "result", "scenarios", "pact", "load", "reason"));
        for (String[] r : rows) {
            out.append(String.format(format, (Object[]) r));
        }
        long passed = rows.stream().filter(r -> r[2].equals("PASSED")).count();
        out.append(passed).append(" of ").append(rows.size()).append(" cells PASSED");
        return out.toString();
    }

    private static String yesNo(JsonNode value) {
        return value.asBoolean() ? "yes" : "no";
    }
}
