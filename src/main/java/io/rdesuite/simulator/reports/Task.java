package io.rdesuite.simulator.reports;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.ReportType;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One report run. Its state is worked out from the clock on every read (no background threads), so a test
 * clock moves reports along as it moves. Its files, once made, are kept with it, so they go when it goes.
 */
public final class Task {

    public enum Phase { RUNNING, COMPLETED, TERMINATED }

    private final String id;
    private final ReportType reportType;
    private final JsonNode arguments;
    private final String argumentsKey;
    private final String launcher;
    private final Instant created;
    private final Duration duration;
    private final Instant plannedEnd;
    private final Outcome outcome;
    private final long rows;
    private final List<FileFormat> availableFormats;
    private volatile Instant terminatedAt;
    private final Map<FileFormat, ReportFiles.ReportFile> files = new EnumMap<>(FileFormat.class);
    private volatile Rendered rendered;

    /** An answer rendered of this task in one phase. */
    private record Rendered(Phase phase, byte[] bytes) {
    }

    Task(String id, ReportType reportType, JsonNode arguments, String argumentsKey, String launcher,
         Instant created, Duration duration, Outcome outcome, long rows, List<FileFormat> availableFormats) {
        this.id = id;
        this.reportType = reportType;
        this.arguments = arguments;
        this.argumentsKey = argumentsKey;
        this.launcher = launcher;
        this.created = created;
        this.duration = duration;
        this.plannedEnd = created.plus(duration);
        this.outcome = outcome;
        this.rows = rows;
        this.availableFormats = List.copyOf(availableFormats);
    }

    public Phase phase(Instant now) {
        if (terminatedAt != null) {
            return Phase.TERMINATED;
        }
        return now.isBefore(plannedEnd()) ? Phase.RUNNING : Phase.COMPLETED;
    }

    /** Ends a running task; false when it had already ended. */
    synchronized boolean terminate(Instant now) {
        if (phase(now) != Phase.RUNNING) {
            return false;
        }
        terminatedAt = now;
        return true;
    }

    /** The file in that format, made on first use. */
    synchronized ReportFiles.ReportFile file(FileFormat format, Function<FileFormat, ReportFiles.ReportFile> make) {
        return files.computeIfAbsent(format, make);
    }

    /**
     * An answer that depends only on this task and its phase, rendered on first use in that phase and kept until the
     * phase changes (the last one kept): a client polling a report gets the same bytes without their being made
     * again. The bytes are shared: never change them.
     */
    public byte[] renderedIn(Phase phase, Supplier<byte[]> render) {
        Rendered kept = rendered;
        if (kept != null && kept.phase() == phase) {
            return kept.bytes();
        }
        byte[] bytes = render.get();
        rendered = new Rendered(phase, bytes);
        return bytes;
    }

    Instant plannedEnd() {
        return plannedEnd;
    }

    /** When it ended or is planned to end. */
    Instant end() {
        Instant terminated = terminatedAt;
        return terminated != null ? terminated : plannedEnd;
    }

    /** When it ended, or null while it runs. */
    public Instant completedAt(Instant now) {
        return switch (phase(now)) {
            case RUNNING -> null;
            case TERMINATED -> terminatedAt;
            case COMPLETED -> plannedEnd();
        };
    }

    /** Share of the planned duration that has passed, 0..100. */
    public int percentDone(Instant now) {
        if (duration.isZero()) {
            return 100;
        }
        long elapsed = Duration.between(launched(), now).toMillis();
        return (int) Math.max(0, Math.min(100, elapsed * 100 / Math.max(1, duration.toMillis())));
    }

    public boolean hasFile(Instant now) {
        return phase(now) == Phase.COMPLETED && outcome.producesFile();
    }

    public String id() {
        return id;
    }

    public ReportType reportType() {
        return reportType;
    }

    public JsonNode arguments() {
        return arguments;
    }

    String argumentsKey() {
        return argumentsKey;
    }

    public String launcher() {
        return launcher;
    }

    public Instant created() {
        return created;
    }

    public Instant launched() {
        return created;
    }

    public Duration duration() {
        return duration;
    }

    public Outcome outcome() {
        return outcome;
    }

    public long rows() {
        return rows;
    }

    public List<FileFormat> availableFormats() {
        return availableFormats;
    }
}
