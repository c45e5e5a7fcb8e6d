package io.rdesuite.support;

import static io.rdesuite.api.Operation.START_REPORT;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.model.ReportResults;
import io.rdesuite.api.model.ReportResults.ReportStatus;
import io.rdesuite.api.model.TaskResultDetails;
import io.rdesuite.client.Json;
import io.rdesuite.client.ReportsClient;
import io.rdesuite.client.UnexpectedResultException;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The completed reports the scenarios and provider states share, acquired once per target, together: the first
 * use starts one report of every type (the document's example, {@link ReportExamples}) in every version the run
 * covers ({@link SuiteVersions#selected()}), then waits for all of them at once, each wait through the typed
 * client's one waiter and all of them inside the target's poll budget. A run against reports that take D thus
 * waits about D once, not once per scenario. Users read them and never change them: no scenario cancels one, the
 * reports a scenario owns are started with other arguments ({@link ReportRequests#own}), and the provider
 * verification's resets keep them. When a shared report fails, the first scenario that needs it fails with the
 * root cause; every later one says so in one line, without waiting again.
 */
public final class SharedReports {

    private static final Map<SuiteTarget, SharedReports> BY_TARGET = new ConcurrentHashMap<>();
    private static final Set<ReportStatus> SUCCESS = Set.of(ReportStatus.SUCCESS, ReportStatus.WARNING);
    private static final int MAX_CAUSE_IN_LINE = 240;

    /** One shared report: its start's answer (kept for the startReport scenarios) and the result it ended with. */
    public static final class Shared {

        private final ApiVersion version;
        private final ReportType type;
        private volatile Response start;
        private volatile TaskResultDetails task;
        private volatile ReportResults result;
        private volatile Throwable failure;
        private final AtomicBoolean failureShown = new AtomicBoolean();

        Shared(ApiVersion version, ReportType type) {
            this.version = version;
            this.type = type;
        }

        /** The answer to the start of the document's example (null when the start itself threw). */
        public Response start() {
            return start;
        }

        /** The started task, as its start answered it. */
        public TaskResultDetails task() {
            result();
            return task;
        }

        public String id() {
            return task().id();
        }

        /**
         * The result the report ended with (its status may be any, or outside the document's enum: the caller
         * judges it). A report that could not be acquired fails here, the first time with the cause.
         */
        public ReportResults result() {
            if (failure == null) {
                return result;
            }
            if (failureShown.compareAndSet(false, true)) {
                throw withCause(failure);
            }
            String line = "needs the shared " + type + " report of " + version.label() + ", which failed (the "
                    + "first scenario that needed it shows the cause): " + firstLine(failure);
            if (failure instanceof AssertionError || failure instanceof UnexpectedResultException) {
                throw new AssertionError(line);
            }
            throw new SharedReportFailedException(line);
        }

        /** The result, which must be SUCCESS or WARNING (the files are wanted). */
        public ReportResults successful() {
            ReportResults ended = result();
            if (ended.status() == null || !SUCCESS.contains(ended.status())) {
                throw new AssertionError("Report " + task.id() + " (" + type + "): the shared report ended "
                        + (ended.status() == null ? "with a status none of the document's" : ended.status().toString())
                        + "; expected SUCCESS or WARNING");
            }
            return ended;
        }
    }

    /** A scenario needed a shared report that could not be acquired for want of an answer: broken, no verdict. */
    public static final class SharedReportFailedException extends IllegalStateException {
        SharedReportFailedException(String message) {
            super(message);
        }
    }

    private record Key(ApiVersion version, ReportType type) {
    }

    private final Map<Key, Shared> reports = new ConcurrentHashMap<>();

    private SharedReports() {
    }

    /** The shared reports of the current suite target. */
    public static SharedReports current() {
        return BY_TARGET.computeIfAbsent(SuiteTarget.get(), t -> new SharedReports());
    }

    /** The shared report of {@code type} in {@code version}; the first use acquires every one the run needs. */
    public Shared get(ApiVersion version, ReportType type) {
        Shared shared = reports.get(new Key(version, type));
        if (shared == null) {
            acquire(version);
            shared = reports.get(new Key(version, type));
        }
        return shared;
    }

    /**
     * Starts every report not yet acquired in the run's versions (and {@code version}), then waits for them all at
     * once. Synchronized: a second user waits for the first acquisition instead of starting its own.
     */
    private synchronized void acquire(ApiVersion version) {
        List<ApiVersion> versions = new ArrayList<>(SuiteVersions.selected());
        if (!versions.contains(version)) {
            versions.add(version);
        }
        Map<Shared, ReportsClient> started = new LinkedHashMap<>();
        Map<Key, Shared> acquired = new LinkedHashMap<>();
        for (ApiVersion v : versions) {
            for (ReportType type : ReportType.values()) {
                Key key = new Key(v, type);
                if (reports.containsKey(key)) {
                    continue;
                }
                Shared shared = new Shared(v, type);
                TargetApi api = TargetApi.of(v);
                try {
                    api.client().pollBudget().take(duration -> Thread.sleep(duration.toMillis()));
                    shared.start = api.manage().contentType(ContentType.JSON).accept(ContentType.JSON)
                            .body(ReportExamples.json(type)).when().post(api.template(START_REPORT));
                    shared.task = started(shared, api);
                    started.put(shared, api.waitingClient());
                } catch (RuntimeException | AssertionError e) {
                    shared.failure = e;
                }
                acquired.put(key, shared);
            }
        }
        awaitAll(started);
        reports.putAll(acquired);
    }

    private static TaskResultDetails started(Shared shared, TargetApi api) {
        Response start = shared.start;
        TaskResultDetails task = null;
        if (start.statusCode() == 200) {
            try {
                task = Json.mapper().readValue(start.asByteArray(), TaskResultDetails.class);
            } catch (java.io.IOException notATask) {
                task = null;
            }
        }
        if (task == null || task.id() == null) {
            throw new AssertionError("startReport of the document's " + shared.type + " example through "
                    + api.version().label() + " answered " + start.statusCode() + " without a task id: "
                    + oneLine(start.asString()));
        }
        return task;
    }

    private static void awaitAll(Map<Shared, ReportsClient> started) {
        if (started.isEmpty()) {
            return;
        }
        ExecutorService waits = Executors.newFixedThreadPool(started.size(), runnable -> {
            Thread thread = new Thread(runnable, "shared-report-wait");
            thread.setDaemon(true);
            return thread;
        });
        try {
            started.forEach((shared, client) -> waits.execute(() -> {
                try {
                    shared.result = client.awaitStatusShown(shared.task.id(), ReportTimeout.get());
                } catch (RuntimeException | AssertionError e) {
                    shared.failure = e;
                }
            }));
            waits.shutdown();
            if (!waits.awaitTermination(ReportTimeout.get().toMillis() + 60_000, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the waits for the shared reports did not end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the shared reports", e);
        } finally {
            waits.shutdownNow();
        }
    }

    /** The failure as a scenario shows it: a contradiction of the API is a failed check, the rest as it is. */
    private static RuntimeException withCause(Throwable failure) {
        if (failure instanceof UnexpectedResultException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return (RuntimeException) failure;
    }

    private static String firstLine(Throwable failure) {
        return oneLine(String.valueOf(failure.getMessage()));
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > MAX_CAUSE_IN_LINE ? line.substring(0, MAX_CAUSE_IN_LINE) + "..." : line;
    }

    /** Every shared report of {@code version} by type, acquiring them if needed. */
    public Map<ReportType, Shared> all(ApiVersion version) {
        Map<ReportType, Shared> byType = new EnumMap<>(ReportType.class);
        for (ReportType type : ReportType.values()) {
            byType.put(type, get(version, type));
        }
        return byType;
    }
}
