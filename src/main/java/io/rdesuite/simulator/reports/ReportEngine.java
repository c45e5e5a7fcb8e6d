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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Starts, finds and cancels report tasks (held in a {@link TaskStore}, for the {@link Retention}). A
 * {@link #partition()} is an engine of its own tasks with this one's settings: the simulator gives each API version
 * one when the versions do not share state.
 */
public final class ReportEngine {

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final Clock clock;
    private final long seed;
    private final TaskStore store;
    private volatile Duration duration;
    private volatile Map<ReportType, Outcome> outcomes = Map.of();
    private final LifecycleHooks hooks;
    /** The engine whose settings a partition uses; null for an engine of its own. */
    private final ReportEngine parent;
    private final List<ReportEngine> partitions = new CopyOnWriteArrayList<>();

    public ReportEngine(Clock clock, long seed, Duration duration, Map<ReportType, Outcome> outcomes,
                        LifecycleHooks hooks, Retention retention) {
        this.clock = clock;
        this.seed = seed;
        this.hooks = hooks;
        this.parent = null;
        this.store = new TaskStore(this::now, retention);
        configure(duration, outcomes);
    }

    private ReportEngine(ReportEngine parent) {
        this.clock = parent.clock;
        this.seed = parent.seed;
        this.hooks = parent.hooks;
        this.parent = parent;
        this.store = new TaskStore(this::now, parent.retention());
    }

    /**
     * An engine with tasks of its own and this engine's settings (duration, outcomes, retention, seed: set here,
     * they apply to it too); {@link #all()} and {@link #clear()} here include its tasks.
     */
    public ReportEngine partition() {
        if (parent != null) {
            return parent.partition();
        }
        ReportEngine partition = new ReportEngine(this);
        partitions.add(partition);
        return partition;
    }

    private ReportEngine top() {
        return parent == null ? this : parent;
    }

    public void configure(Duration duration, Map<ReportType, Outcome> outcomes) {
        ReportEngine top = top();
        synchronized (top) {
            top.duration = duration;
            top.outcomes = Map.copyOf(outcomes);
        }
    }

    public void setDuration(Duration duration) {
        ReportEngine top = top();
        synchronized (top) {
            top.duration = duration;
        }
    }

    public void setOutcome(ReportType type, Outcome outcome) {
        ReportEngine top = top();
        synchronized (top) {
            Map<ReportType, Outcome> changed = new HashMap<>(top.outcomes);
            changed.put(type, outcome);
            top.outcomes = Map.copyOf(changed);
        }
    }

    public Duration duration() {
        return top().duration;
    }

    public Map<ReportType, Outcome> outcomes() {
        return top().outcomes;
    }

    /** How long finished reports are kept. */
    public Retention retention() {
        return top().store.retention();
    }

    /** A new retention; it applies at once to the reports already finished (of the partitions too). */
    public void retention(Retention retention) {
        ReportEngine top = top();
        top.store.retention(retention);
        top.partitions.forEach(p -> p.store.retention(retention));
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The started (or already running) task and whether it was new. */
    public record Start(Task task, boolean created) {
    }

    /**
     * Starts a report, or answers the running task of the same report type and arguments: the document's
     * "if a non-concurrent task is already running it is returned". Found through an index: the cost does not
     * grow with the number of reports held.
     */
    public Start start(ReportType type, JsonNode arguments, String launcher) {
        String key = canonical(arguments);
        long rows = rowsFor(type, key);
        List<FileFormat> formats = formatsFor(type, arguments);
        Outcome outcome = outcomes().getOrDefault(type, Outcome.SUCCESS);
        Duration planned = hooks.reportDuration(duration());
        return store.start(type, key, hooks.repeatedStartReturnsRunningTask(),
                now -> new Task(Ids.hex32(), type, arguments, key, launcher, now, planned, outcome, rows, formats));
    }

    /** The task of that id while it runs or is kept (see {@link Retention}). */
    public Optional<Task> find(String id) {
        return id == null ? Optional.empty() : store.find(id.toLowerCase(Locale.ROOT));
    }

    /** Cancels a running task; false if it had already ended. */
    public boolean cancel(Task task) {
        return hooks.cancelTakesEffect() && store.terminate(task);
    }

    /** Every task held (running or kept), oldest first; with the partitions' tasks. */
    public Collection<Task> all() {
        if (partitions.isEmpty()) {
            return store.all();
        }
        List<Task> all = new ArrayList<>(store.all());
        partitions.forEach(p -> all.addAll(p.store.all()));
        all.sort(Comparator.comparing(Task::created));
        return all;
    }

    /** Forgets every task, the partitions' too. */
    public void clear() {
        store.clear();
        partitions.forEach(p -> p.store.clear());
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
