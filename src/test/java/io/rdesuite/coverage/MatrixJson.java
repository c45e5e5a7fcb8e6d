package io.rdesuite.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.choices.OpenChoice;
import io.rdesuite.verdict.AnswerCheck;
import io.rdesuite.verdict.Drift;
import io.rdesuite.verdict.Observations;
import io.rdesuite.verdict.Observations.Observation;
import io.rdesuite.coverage.CoverageMatrix.Cell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * target/coverage-matrix.json, the one shape other tools read: {@code {"v3": {"startReport": {"200": {"status":
 * "PASSED", "scenarios": 15, "reason": null, "pact": true, "load": true}}}}}, the API version as the outer key
 * (also for a v3-only run). pact and load appear when their column files exist; {@code "drift": [{"where":
 * "/owner", "what": "undocumented field", "seen": 40}]} on a cell whose answers carried undocumented additions
 * (seen = how many answers); {@code "observations"} beside the versions: what the target showed for each open choice
 * ({@link #toJson(Map, Column, Column, Map, List)}). The console table, drift summary and observations are printed
 * from it.
 */
public final class MatrixJson {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The top-level key of the observations of the open choices (beside the versions). */
    static final String OBSERVATIONS = "observations";

    /** A column file: version -> operationId -> status code -> seen. */
    public static final class Column extends LinkedHashMap<String, Map<String, Map<String, Boolean>>> {
    }

    private MatrixJson() {
    }

    public static ObjectNode toJson(Map<String, Map<String, Map<String, Cell>>> matrix, Column pact, Column load) {
        return toJson(matrix, pact, load, Map.of());
    }

    public static ObjectNode toJson(Map<String, Map<String, Map<String, Cell>>> matrix, Column pact, Column load,
                                    Map<Drift, Integer> drift) {
        return toJson(matrix, pact, load, drift, null);
    }

    /**
     * As above, with {@code "observations"} after the versions when {@code observations} is not null: for every open
     * choice of the registry, by row id, {@code {"values": {"204": 12}, "versions": ["v3"], "expected": "204
     * (tenant.json)", "observedBy": "..."}} (values empty: not observed in this run; expected null: no pin).
     */
    public static ObjectNode toJson(Map<String, Map<String, Map<String, Cell>>> matrix, Column pact, Column load,
                                    Map<Drift, Integer> drift, List<Observation> observations) {
        ObjectNode root = JSON.createObjectNode();
        matrix.forEach((version, ops) -> {
            ObjectNode versionNode = root.putObject(version);
            ops.forEach((op, cells) -> {
                ObjectNode opNode = versionNode.putObject(op);
                cells.forEach((code, cell) -> {
                    ObjectNode c = opNode.putObject(code);
                    c.put("status", cell.status().name());
                    c.put("scenarios", cell.scenarios());
                    c.put("reason", cell.reason());
                    if (pact != null) {
                        c.put("pact", seen(pact, version, op, code));
                    }
                    if (load != null) {
                        c.put("load", seen(load, version, op, code));
                    }
                    drift(c, drift, version + " " + op + " " + code);
                });
            });
        });
        if (observations != null) {
            observations(root.putObject(OBSERVATIONS), observations);
        }
        return root;
    }

    private static void observations(ObjectNode node, List<Observation> observations) {
        for (OpenChoice choice : OpenChoice.values()) {
            ObjectNode row = node.putObject(choice.row());
            ObjectNode values = row.putObject("values");
            Set<String> versions = new TreeSet<>();
            observations.stream().filter(o -> o.row().equals(choice.row())).forEach(o -> {
                values.put(o.value(), values.path(o.value()).asInt(0) + 1);
                versions.add(o.version());
            });
            versions.forEach(row.putArray("versions")::add);
            Optional<Observations.Pin> pin = Observations.expected(choice);
            row.put("expected", pin.map(p -> p.value() + " (" + p.source() + ")").orElse(null));
            row.put("observedBy", choice.observedBy());
        }
    }

    /** One open choice's line of the observations: what was seen, or why nothing was. */
    record Seen(String row, String values, String expected) {
    }

    /** The observations of the JSON, one per registry row; empty when the JSON has none. */
    static List<Seen> observed(JsonNode json) {
        List<Seen> seen = new ArrayList<>();
        json.path(OBSERVATIONS).fields().forEachRemaining(e -> {
            JsonNode row = e.getValue();
            List<String> values = new ArrayList<>();
            row.path("values").fields().forEachRemaining(v -> values.add(v.getKey() + " (" + v.getValue().asInt()
                    + (v.getValue().asInt() == 1 ? " answer" : " answers") + ")"));
            List<String> versions = new ArrayList<>();
            row.path("versions").forEach(v -> versions.add(v.asText()));
            String by = row.path("observedBy").asText();
            String text = values.isEmpty() ? (by.startsWith("not judged") ? by : "not observed in this run; " + by)
                    : String.join(", ", values) + " in " + String.join(" ", versions)
                    + (values.size() > 1 ? ": MIXED" : "");
            seen.add(new Seen(e.getKey(), text, row.path("expected").isNull() ? null : row.path("expected").asText()));
        });
        return seen;
    }

    /** The console's section after the matrix: what the target showed for each open choice. */
    static String observationsSummary(JsonNode json) {
        List<Seen> seen = observed(json);
        if (seen.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("What this target does where the documents are silent "
                + "(open choices, docs/assumptions.md):\n");
        for (Seen s : seen) {
            out.append(String.format("  %-23s %s%s%n", s.row(), s.values(),
                    s.expected() == null ? "" : "; expected " + s.expected()));
        }
        return out.toString().stripTrailing();
    }

    private static void drift(ObjectNode cell, Map<Drift, Integer> drift, String cellName) {
        drift.forEach((d, seen) -> {
            if (d.cell().equals(cellName)) {
                ArrayNode list = cell.has("drift") ? (ArrayNode) cell.get("drift") : cell.putArray("drift");
                list.addObject().put("where", d.where()).put("what", d.what()).put("seen", seen);
            }
        });
    }

    private static boolean seen(Column column, String version, String op, String code) {
        return column.getOrDefault(version, Map.of()).getOrDefault(op, Map.of()).getOrDefault(code, false);
    }

    /**
     * Reads a column file, or null when there is none. Written per version ({@code {"v3": {"startReport": {"200":
     * true}}}}, v1's operations by either name) or for v3 alone ({@code {"startReport": {"200": true}}}).
     */
    static Column readColumn(Path file) throws IOException {
        Optional<JsonNode> node = readIfPresent(file);
        if (node.isEmpty()) {
            return null;
        }
        Set<String> versions = Arrays.stream(ApiVersion.values()).map(ApiVersion::label).collect(Collectors.toSet());
        List<String> keys = new ArrayList<>();
        node.get().fieldNames().forEachRemaining(keys::add);
        boolean perVersion = !keys.isEmpty() && versions.containsAll(keys);
        Column column = new Column();
        if (perVersion) {
            node.get().fields().forEachRemaining(v -> column.put(v.getKey(), operations(v.getKey(), v.getValue())));
        } else {
            column.put(ApiVersion.V3.label(), operations(ApiVersion.V3.label(), node.get()));
        }
        return column;
    }

    /** A version's operations, by v3 operationId (a column may name v1's as startReportV1). */
    private static Map<String, Map<String, Boolean>> operations(String version, JsonNode node) {
        Map<String, Map<String, Boolean>> ops = new LinkedHashMap<>();
        node.fields().forEachRemaining(op -> {
            Map<String, Boolean> codes = new LinkedHashMap<>();
            op.getValue().fields().forEachRemaining(c -> codes.put(c.getKey(), c.getValue().asBoolean(false)));
            ops.put(RunResults.operationId(version, op.getKey()), codes);
        });
        return ops;
    }

    static Optional<JsonNode> readIfPresent(Path file) throws IOException {
        return Files.isRegularFile(file) ? Optional.of(JSON.readTree(file.toFile())) : Optional.empty();
    }

    static void write(Path file, JsonNode json) throws IOException {
        JSON.writeValue(file.toFile(), json);
    }

    /** One cell of the JSON with where it sits. */
    record Row(String version, String operation, String code, JsonNode cell) {

        boolean hasPact() {
            return cell.has("pact");
        }

        boolean hasLoad() {
            return cell.has("load");
        }

        String status() {
            return cell.path("status").asText();
        }

        String reason() {
            return cell.path("reason").isNull() ? "" : cell.path("reason").asText();
        }

        /** "undocumented field /owner (40 answers)", one per addition; empty without drift. */
        List<String> drift() {
            List<String> lines = new ArrayList<>();
            for (JsonNode d : cell.path("drift")) {
                int seen = d.path("seen").asInt();
                lines.add(d.path("what").asText() + " " + d.path("where").asText() + " (" + seen
                        + (seen == 1 ? " answer)" : " answers)"));
            }
            return lines;
        }
    }

    /** Every cell of the JSON, in its order. */
    static List<Row> rows(JsonNode json) {
        List<Row> rows = new ArrayList<>();
        each(json, version -> {
            if (!version.getKey().equals(OBSERVATIONS)) {
                each(version.getValue(), op -> each(op.getValue(),
                        code -> rows.add(new Row(version.getKey(), op.getKey(), code.getKey(), code.getValue()))));
            }
        });
        return rows;
    }

    private static void each(JsonNode node, Consumer<Map.Entry<String, JsonNode>> action) {
        node.fields().forEachRemaining(action);
    }

    static long passed(List<Row> rows) {
        return rows.stream().filter(r -> r.status().equals("PASSED")).count();
    }

    /** The console table: one line per cell, with the version. */
    static String table(JsonNode json) {
        List<Row> rows = rows(json);
        boolean pact = rows.stream().anyMatch(Row::hasPact);
        boolean load = rows.stream().anyMatch(Row::hasLoad);
        StringBuilder out = new StringBuilder("\nCoverage matrix (version x operation x documented status)\n");
        String format = "%-7s %-16s %-6s %-8s %-9s" + (pact ? " %-5s" : "%.0s") + (load ? " %-5s" : "%.0s") + " %s%n";
        out.append(String.format(format, "version", "operation", "status", "result", "scenarios", "pact", "load",
                "reason"));
        for (Row r : rows) {
            out.append(String.format(format, r.version(), r.operation(), r.code(), r.status(),
                    r.cell().path("scenarios").asText(), r.hasPact() ? yesNo(r.cell().get("pact")) : "",
                    r.hasLoad() ? yesNo(r.cell().get("load")) : "", r.reason()));
        }
        out.append(passed(rows)).append(" of ").append(rows.size()).append(" cells PASSED");
        return out.toString();
    }

    /** The console's drift summary: one line per addition, or one line saying there was none. */
    static String driftSummary(JsonNode json) {
        List<String> lines = new ArrayList<>();
        for (Row r : rows(json)) {
            r.drift().forEach(d -> lines.add("  " + r.version() + " " + r.operation() + " " + r.code() + ": " + d));
        }
        if (lines.isEmpty()) {
            return "Drift: no undocumented additions";
        }
        return "Drift: " + lines.size() + " undocumented addition(s), reported, not failed (-D" + AnswerCheck.STRICT_SHAPES
                + "=true makes body fields fail)\n" + String.join("\n", lines);
    }

    static String yesNo(JsonNode value) {
        return value.asBoolean() ? "yes" : "no";
    }
}
