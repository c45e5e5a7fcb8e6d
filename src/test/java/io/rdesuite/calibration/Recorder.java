package io.rdesuite.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.calibration.Recording.ScenarioRun;
import io.rdesuite.calibration.Recording.Step;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Collects one run's recording: the scenario that runs now (set by {@link RecordingListener}) and the steps the
 * {@link RecordingFilter} reports for it. At most one recorder is active in a JVM at a time.
 */
public final class Recorder {

    private static volatile Recorder active;

    private final String target;
    private final long startNanos = System.nanoTime();
    private final Placeholders placeholders = new Placeholders();
    private final Map<String, ScenarioRun> scenarios = new LinkedHashMap<>();
    private final Map<String, String> reportTypes = new LinkedHashMap<>();
    private final Map<String, List<String>> csvHeaders = new java.util.TreeMap<>();
    private String current;
    private String currentName;
    private Recorder previous;

    Recorder(String target) {
        this.target = target;
    }

    /** The recorder the filter reports to, if a run records. */
    static Optional<Recorder> active() {
        return Optional.ofNullable(active);
    }

    /** Makes this the active recorder until {@link #stop} (a nested run's recorder stands in for the outer one). */
    synchronized Recorder start() {
        previous = active;
        active = this;
        return this;
    }

    synchronized void stop() {
        if (active == this) {
            active = previous;
        }
    }

    Placeholders placeholders() {
        return placeholders;
    }

    long sinceStartMs() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    synchronized void begin(String scenarioId, String name) {
        current = scenarioId;
        currentName = name;
    }

    synchronized void end() {
        current = null;
    }

    /** Adds a step to the scenario that runs (steps outside any scenario, e.g. a class's set-up, go to "(setup)"). */
    synchronized void add(Step step) {
        String id = current == null ? "(setup)" : current;
        ScenarioRun run = scenarios.computeIfAbsent(id, k -> new ScenarioRun(k, current == null ? k : currentName,
                step.apiVersion(), new ArrayList<>()));
        run.steps().add(step);
        JsonNode shape = step.shape();
        if (shape.path("id").isTextual() && shape.path("reportType").asText().startsWith("=")) {
            reportTypes.put(shape.get("id").asText(), shape.get("reportType").asText().substring(1));
        }
    }

    /** The columns of a CSV served for the step's report ({@code file}: "" or the zip entry's name). */
    synchronized void csvHeader(Step step, String file, List<String> header) {
        String type = step.ids().values().stream().findFirst().map(reportTypes::get).orElse("(unknown report)");
        csvHeaders.put(file.isEmpty() ? type : type + "/" + file, header);
    }

    synchronized Recording recording() {
        List<ScenarioRun> runs = List.copyOf(scenarios.values());
        TreeSet<String> versions = new TreeSet<>();
        runs.forEach(r -> versions.add(r.apiVersion()));
        return new Recording(Recording.FORMAT, target, List.copyOf(versions), runs, Map.copyOf(csvHeaders), null);
    }

    /** Writes {@code dir/recording-<UTC timestamp>.json}. */
    Path writeTo(Path dir) {
        return recording().write(stamp(dir).orElseThrow());
    }

    /** {@code dir/recording-<UTC timestamp>.json}. */
    static Optional<Path> stamp(Path dir) {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC).format(Instant.now());
        return Optional.of(dir.resolve("recording-" + stamp + ".json"));
    }
}
