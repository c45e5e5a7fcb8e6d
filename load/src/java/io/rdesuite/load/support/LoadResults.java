package io.rdesuite.load.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes what a load run leaves for people and for other tools:
 * <ul>
 *   <li>target/load/NAME-summary.json: statuses per operation (over all versions, and per version), gate
 *       violations, per-client tallies;</li>
 *   <li>target/coverage/load.json: {"v3": {"operation": {"status": true|false}}} over the documented cells of
 *       each version the load covered, the union of every simulation run so far (target/coverage/load/NAME.json
 *       each), for the coverage matrix's load column;</li>
 *   <li>allure-results/UUID-result.json: one Allure test per simulation and version, labelled apiVersion,
 *       operationId and httpStatus like the acceptance scenarios, with the summary, profile JSON and plots
 *       attached.</li>
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
        summary.set("statuses", JSON.valueToTree(gate.cells().overAllVersions()));
        summary.set("statusesByVersion", JSON.valueToTree(gate.cells().byVersionLabel()));
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
        writeCoverage(gate, run.versions());
        boolean passed = stillRunning.isEmpty() && !Boolean.FALSE.equals(extra.get("passed"));
        List<ApiVersion> answered = List.copyOf(gate.cells().byVersion().keySet());
        for (ApiVersion version : answered.isEmpty() ? run.versions().subList(0, 1) : answered) {
            writeAllure(gate, version, passed, start, stop, summaryFile, attachments);
        }
    }


    /**
     * Per version: {"v3": {"startReport": {"200": true, ...}}}, keyed by the v3 operationId in every version, as the
     * coverage matrix and the scenarios' labels are (v1's startReportV1 is startReport under v1).
     */
    private void writeCoverage(RateLimitGate gate, List<ApiVersion> versions) {
        Map<ApiVersion, Map<String, Map<Integer, Integer>>> seen = gate.cells().byVersion();
        ObjectNode mine = JSON.createObjectNode();
        for (ApiVersion version : versions) {
            ObjectNode ops = mine.putObject(version.label());
            for (Operation op : Operation.values()) {
                ObjectNode cells = ops.putObject(op.id());
                op.documentedStatuses().forEach(code -> cells.put(Integer.toString(code), seen.getOrDefault(version,
                        Map.of()).getOrDefault(op.id(), Map.of()).getOrDefault(code, 0) > 0));
            }
        }
        Path dir = settings.outputDir().resolve("coverage").resolve("load");
        write(dir.resolve(name + ".json"), mine);
        ObjectNode union = JSON.createObjectNode();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                byVersion(JSON.readTree(f.toFile())).forEach((label, ops) -> ops.fields().forEachRemaining(op ->
                        op.getValue().fields().forEachRemaining(cell -> {
                            ObjectNode cells = child(child(union, label), op.getKey());
                            cells.put(cell.getKey(), cells.path(cell.getKey()).asBoolean() || cell.getValue().asBoolean());
                        })));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(settings.outputDir().resolve("coverage").resolve("load.json"), union);
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        return parent.get(name) instanceof ObjectNode existing ? existing : parent.putObject(name);
    }

    /** A coverage file by version label; one written before versions (operations at the top) is v3's. */
    private static Map<String, JsonNode> byVersion(JsonNode file) {
        Map<String, JsonNode> m = new TreeMap<>();
        boolean perVersion = file.size() > 0;
        for (var it = file.fieldNames(); it.hasNext(); ) {
            perVersion &= ApiVersion.byLabel(it.next()).isPresent();
        }
        if (perVersion) {
            file.fields().forEachRemaining(v -> m.put(v.getKey(), v.getValue()));
        } else {
            m.put(ApiVersion.V3.label(), file);
        }
        return m;
    }

    /**
     * One Allure result per simulation and version: failed by the gate's violations in that version, or by what
     * fails the whole run (a report left running, a measurement); labelled apiVersion, operationId, httpStatus.
     */
    private void writeAllure(RateLimitGate gate, ApiVersion version, boolean runPassed, long start, long stop,
                             Path summary, List<String> attachments) {
        Path dir = settings.allureResults();
        String uuid = UUID.randomUUID().toString();
        List<String> violations = gate.violations().stream().filter(v -> v.startsWith(version.label() + " ")).toList();
        boolean passed = runPassed && violations.isEmpty();
        ObjectNode result = JSON.createObjectNode();
        result.put("uuid", uuid);
        result.put("historyId", "load:" + name + ":" + version.label());
        result.put("fullName", "io.rdesuite.load.simulations." + name);
        result.put("name", name + " (" + settings.profile().label() + ") [" + version.label() + "]");
        result.put("status", passed ? "passed" : "failed");
        result.put("stage", "finished");
        result.put("start", start);
        result.put("stop", stop);
        if (!passed) {
            ObjectNode details = result.putObject("statusDetails");
            details.put("message", violations.isEmpty() ? "reports left running or a measurement failed"
                    : String.join("\n", violations.subList(0, Math.min(10, violations.size()))));
        }
        ArrayNode labels = result.putArray("labels");
        label(labels, "suite", "load simulations");
        label(labels, "epic", "load simulations");
        label(labels, "feature", "load");
        label(labels, "tag", "load");
        label(labels, "framework", "gatling");
        label(labels, "apiVersion", version.label());
        gate.cells().byVersion().getOrDefault(version, Map.of()).forEach((op, statuses) -> {
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
