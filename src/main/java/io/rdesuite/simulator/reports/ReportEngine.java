package io.rdesuite.simulator.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/** Holds the report tasks: starts them, finds them, cancels them. */
public final class ReportEngine {

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final Clock clock;
    private final long seed;
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();
    private volatile Duration duration;
    private final Map<ReportType, Outcome> outcomes = new EnumMap<>(ReportType.class);
    private final LifecycleHooks hooks;

    public ReportEngine(Clock clock, long seed, Duration duration, Map<ReportType, Outcome> outcomes,
                        LifecycleHooks hooks) {
        this.clock = clock;
        this.seed = seed;
        this.hooks = hooks;
        configure(duration, outcomes);
    }

    public synchronized void configure(Duration duration, Map<ReportType, Outcome> outcomes) {
        this.duration = duration;
        this.outcomes.clear();
        this.outcomes.putAll(outcomes);
    }

    public synchronized void setDuration(Duration duration) {
        this.duration = duration;
    }

    public synchronized void setOutcome(ReportType type, Outcome outcome) {
        outcomes.put(type, outcome);
    }

    public Duration duration() {
        return duration;
    }

    public synchronized Map<ReportType, Outcome> outcomes() {
        return Map.copyOf(outcomes);
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The started (or already running) task and whether it was new. */
    public record Start(Task task, boolean created) {
    }

    /**
     * Starts a report, or answers the running task of the same report type and arguments: the document's
     * "if a non-concurrent task is already running it is returned".
     */
    public synchronized Start start(ReportType type, JsonNode arguments, String launcher) {
        Instant now = now();
        String key = canonical(arguments);
        if (hooks.repeatedStartReturnsRunningTask()) {
            Optional<Task> running = tasks.values().stream()
                    .filter(t -> t.reportType() == type && t.argumentsKey().equals(key))
                    .filter(t -> t.phase(now) == Task.Phase.RUNNING)
                    .findFirst();
            if (running.isPresent()) {
                return new Start(running.get(), false);
            }
        }
        Task task = new Task(Ids.hex32(), type, arguments, key, launcher, now, hooks.reportDuration(duration),
                outcomes.getOrDefault(type, Outcome.SUCCESS), rowsFor(type, key), formatsFor(type, arguments));
        tasks.put(task.id(), task);
        return new Start(task, true);
    }

    public Optional<Task> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(tasks.get(id.toLowerCase(Locale.ROOT)));
    }

    /** Cancels a running task; false if it had already ended. */
    public boolean cancel(Task task) {
        return hooks.cancelTakesEffect() && task.terminate(now());
    }

    public Collection<Task> all() {
        List<Task> list = new ArrayList<>(tasks.values());
        list.sort((a, b) -> a.created().compareTo(b.created()));
        return list;
    }

    public void clear() {
        tasks.clear();
    }

    /** The row count is a function of the seed, the report type and the arguments: the same run, the same rows. */
    long rowsFor(ReportType type, String argumentsKey) {
        SplittableRandom random = new SplittableRandom(seed ^ (type.ordinal() * 0x9E3779B97F4A7C15L) ^ argumentsKey.hashCode());
        return 3 + random.nextInt(38);
    }

    public long seedFor(Task task) {
        return seed ^ task.reportType().ordinal() * 31L ^ task.argumentsKey().hashCode();
    }

    private static List<FileFormat> formatsFor(ReportType type, JsonNode arguments) {
        if (type == ReportType.SEARCH_EXPORT) {
            return List.of(FileFormat.CSV);
        }
        JsonNode selected = arguments == null ? null : arguments.get("selectedFormats");
        if (selected != null && selected.isArray() && !selected.isEmpty()) {
            List<FileFormat> formats = new ArrayList<>();
            selected.forEach(n -> {
                FileFormat f = FileFormat.parse(n.asText());
                if (!formats.contains(f)) {
                    formats.add(f);
                }
            });
            return formats;
        }
        return List.of(FileFormat.CSV, FileFormat.PDF);
    }

    private static String canonical(JsonNode arguments) {
        if (arguments == null || arguments.isNull()) {
            return "{}";
        }
        try {
            Object asMap = CANONICAL.treeToValue(arguments, Object.class);
            return CANONICAL.writeValueAsString(asMap);
        } catch (Exception e) {
            return arguments.toString();
        }
    }
}
