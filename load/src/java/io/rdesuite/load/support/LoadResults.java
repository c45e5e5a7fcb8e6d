package io.rdesuite.load.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes what a load run leaves for people and for other tools:
 * <ul>
 *   <li>target/load/NAME-summary.json: statuses per operation, gate violations, per-client tallies;</li>
 *   <li>target/coverage/load.json: {"operation": {"status": true|false}} over the documented cells, the union
 *       of every simulation run so far (target/coverage/load/NAME.json each), for the coverage matrix;</li>
 *   <li>allure-results/UUID-result.json: one Allure test per simulation, labelled operationId and httpStatus
 *       like the acceptance scenarios, with the summary, profile JSON and plots attached.</li>
 * </ul>
 */
public final class LoadResults {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final LoadSettings settings;
    private final String name;

    public LoadResults(LoadSettings settings, String name) {
        this.settings = settings;
        this.name = name;
    }

    void write(LoadRun run, Map<String, Object> extra, List<String> attachments, long start, long stop,
               List<String> stillRunning) {
        RateLimitGate gate = run.gate();
        ObjectNode summary = JSON.createObjectNode();
        summary.put("simulation", name);
        summary.put("profile", settings.profile().label());
        summary.put("target", run.target().describe());
        summary.set("statuses", JSON.valueToTree(gate.cells()));
        RateLimitGate.RetryCounts counts = gate.retryCounts();
        summary.put("refusals", counts.refusals());
        summary.put("refusalsWithRetryAfter", counts.refusalsWithRetryAfter());
        summary.put("retriesAfterAdvisedWait", counts.retriesAfterAdvisedWait());
        summary.put("retriesHonoured", counts.retriesHonoured());
        summary.set("clients", JSON.valueToTree(gate.tallies()));
        summary.set("violations", JSON.valueToTree(gate.violations()));
        summary.set("results", JSON.valueToTree(extra));
        Path summaryFile = settings.loadDir().resolve(name + "-summary.json");
        write(summaryFile, summary);
        writeCoverage(gate);
        boolean passed = gate.violations().isEmpty() && stillRunning.isEmpty()
                && !Boolean.FALSE.equals(extra.get("passed"));
        writeAllure(gate, passed, start, stop, summaryFile, attachments);
    }

    private void writeCoverage(RateLimitGate gate) {
        ObjectNode mine = JSON.createObjectNode();
        Map<String, Map<Integer, Integer>> seen = gate.cells();
        for (Operation op : Operation.values()) {
            ObjectNode cells = mine.putObject(op.id());
            op.documentedStatuses().forEach(code -> cells.put(Integer.toString(code),
                    seen.getOrDefault(op.id(), Map.of()).getOrDefault(code, 0) > 0));
        }
        Path dir = settings.outputDir().resolve("coverage").resolve("load");
        write(dir.resolve(name + ".json"), mine);
        ObjectNode union = JSON.createObjectNode();
        for (Operation op : Operation.values()) {
            ObjectNode cells = union.putObject(op.id());
            op.documentedStatuses().forEach(code -> cells.put(Integer.toString(code), false));
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode node = JSON.readTree(f.toFile());
                node.fields().forEachRemaining(op -> op.getValue().fields().forEachRemaining(cell -> {
                    if (cell.getValue().asBoolean() && union.has(op.getKey())) {
                        ((ObjectNode) union.get(op.getKey())).put(cell.getKey(), true);
                    }
                }));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(settings.outputDir().resolve("coverage").resolve("load.json"), union);
    }

    private void writeAllure(RateLimitGate gate, boolean passed, long start, long stop, Path summary,
                             List<String> attachments) {
        Path dir = settings.allureResults();
        String uuid = UUID.randomUUID().toString();
        ObjectNode result = JSON.createObjectNode();
        result.put("uuid", uuid);
        result.put("historyId", "load:" + name);
        result.put("fullName", "io.rdesuite.load.simulations." + name);
        result.put("name", name + " (" + settings.profile().label() + ")");
        result.put("status", passed ? "passed" : "failed");
        result.put("stage", "finished");
        result.put("start", start);
        result.put("stop", stop);
        if (!passed) {
            ObjectNode details = result.putObject("statusDetails");
            details.put("message", gate.violations().isEmpty() ? "reports left running or a measurement failed"
                    : String.join("\n", gate.violations().subList(0, Math.min(10, gate.violations().size()))));
        }
        ArrayNode labels = result.putArray("labels");
        label(labels, "suite", "load simulations");
        label(labels, "epic", "load simulations");
        label(labels, "feature", "load");
        label(labels, "tag", "load");
        label(labels, "framework", "gatling");
        gate.cells().forEach((op, statuses) -> {
            label(labels, "operationId", op);
            statuses.keySet().forEach(code -> label(labels, "httpStatus", Integer.toString(code)));
        });
        ArrayNode files = result.putArray("attachments");
        attach(dir, files, summary, "load summary", "application/json");
        for (String a : attachments) {
            Path p = Path.of(a);
            attach(dir, files, p, p.getFileName().toString(),
                    a.endsWith(".png") ? "image/png" : a.endsWith(".json") ? "application/json" : "text/plain");
        }
        Path gatling = settings.outputDir().resolve("gatling");
        if (Files.isDirectory(gatling)) {
            ArrayNode links = result.putArray("links");
            links.addObject().put("name", "Gatling HTML reports").put("type", "report")
                    .put("url", gatling.toAbsolutePath().toUri().toString());
        }
        write(dir.resolve(uuid + "-result.json"), result);
    }

    private static void label(ArrayNode labels, String name, String value) {
        labels.addObject().put("name", name).put("value", value);
    }

    private static void attach(Path dir, ArrayNode files, Path source, String title, String type) {
        if (!Files.exists(source)) {
            return;
        }
        String ext = source.getFileName().toString().replaceAll(".*\\.", "");
        String target = UUID.randomUUID() + "-attachment." + ext;
        try {
            Files.createDirectories(dir);
            Files.copy(source, dir.resolve(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.addObject().put("name", title).put("source", target).put("type", type);
    }

    static void write(Path file, JsonNode node) {
        try {
            Files.createDirectories(file.getParent());
            JSON.writeValue(file.toFile(), node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
