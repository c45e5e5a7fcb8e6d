package io.rdesuite.client;

import io.rdesuite.api.RetryAfter;
import io.rdesuite.api.model.ReportResults;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Cancels the reports a run left running, within a few seconds: at the end of the run and when the JVM stops
 * (SIGINT, SIGTERM, System.exit). Each unfinished report of a {@link ReportTracker} is looked up first (a report
 * with a status has ended and is only forgotten) and cancelled otherwise, as the client that started it; a 429 is
 * waited out when its Retry-After fits the time left. One line says what was cancelled and what could not be
 * (report ids only).
 */
public final class ReportCleanup {

    /** How long one clean-up of one target may take. */
    public static final Duration BUDGET = Duration.ofSeconds(5);

    private static final Duration LONGEST_RETRY_AFTER = Duration.ofSeconds(2);
    private static final List<Registration> REGISTERED = new CopyOnWriteArrayList<>();
    private static final AtomicBoolean HOOK_ADDED = new AtomicBoolean();

    /** What one clean-up did: cancelled, could not cancel, and how many it found ended. */
    public record Outcome(List<String> cancelled, List<String> notCancelled, int ended) {

        /** The one line: never a token, only report ids. */
        public String line(String target, String when) {
            String prefix = "[reports] " + when + " on " + target + ": ";
            if (cancelled.isEmpty() && notCancelled.isEmpty()) {
                return prefix + "nothing left running (" + ended + " report(s) not seen to end had ended)";
            }
            return prefix + "cancelled " + cancelled.size() + " running report(s) " + cancelled + ", could not cancel "
                    + notCancelled.size() + " " + notCancelled + ", " + ended + " had ended";
        }
    }

    /** A tracker the JVM cleans up at the end of the run and when it stops, until closed. */
    public static final class Registration implements AutoCloseable {
        private final String target;
        private final ReportTracker tracker;
        private final Function<String, ReportsClient> clientOf;
        private final Consumer<String> out;

        private Registration(String target, ReportTracker tracker, Function<String, ReportsClient> clientOf,
                             Consumer<String> out) {
            this.target = target;
            this.tracker = tracker;
            this.clientOf = clientOf;
            this.out = out;
        }

        @Override
        public void close() {
            REGISTERED.remove(this);
        }
    }

    private ReportCleanup() {
    }

    /**
     * Cleans {@code tracker} up when {@link #runAll} runs: at the end of the run, or from the shutdown hook this
     * adds once per JVM. {@code clientOf} gives the client of a report's owner; {@code target} names the target in
     * the line printed (a base URI, never a credential).
     */
    public static Registration onExit(String target, ReportTracker tracker, Function<String, ReportsClient> clientOf) {
        return onExit(target, tracker, clientOf, System.err::println);
    }

    /** As {@link #onExit(String, ReportTracker, Function)}, the line going to {@code out}. */
    public static Registration onExit(String target, ReportTracker tracker, Function<String, ReportsClient> clientOf,
                                      Consumer<String> out) {
        Registration registration = new Registration(target, tracker, clientOf, out);
        REGISTERED.add(registration);
        if (HOOK_ADDED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> runAll("stopping"), "report-cleanup"));
        }
        return registration;
    }

    /**
     * Cleans up every registered tracker with unfinished reports and prints its line; each report is looked at once
     * (so the shutdown hook after an end-of-run clean-up finds nothing left). Callers wait for a clean-up under way.
     */
    public static synchronized void runAll(String when) {
        for (Registration r : REGISTERED) {
            if (!r.tracker.unfinished().isEmpty()) {
                r.out.accept(run(r.tracker, r.clientOf, BUDGET).line(r.target, when));
            }
        }
    }

    /** Cancels the tracker's unfinished reports that still run, giving up on what is left after {@code budget}. */
    public static Outcome run(ReportTracker tracker, Function<String, ReportsClient> clientOf, Duration budget) {
        Clock clock = Clock.systemUTC();
        Instant deadline = clock.instant().plus(budget);
        List<String> cancelled = new ArrayList<>();
        List<String> notCancelled = new ArrayList<>();
        int ended = 0;
        for (ReportTracker.Started report : tracker.unfinished()) {
            String id = report.id();
            try {
                ReportsClient client = clientOf.apply(report.owner()).withRetryPolicy(RetryPolicy.none());
                ReportResults result = within(deadline, clock, () -> bounded(client, deadline, clock)
                        .getReportResult(id));
                if (result.status() != null || result.isEmpty()) {
                    ended++;
                } else {
                    within(deadline, clock, () -> {
                        bounded(client, deadline, clock).cancelReport(id);
                        return id;
                    });
                    cancelled.add(id);
                }
            } catch (RuntimeException failed) {
                notCancelled.add(id);
            }
            tracker.ended(id);
        }
        return new Outcome(cancelled, notCancelled, ended);
    }

    /** The client with timeouts no longer than the time left (at least 100 ms, so a request can go out). */
    private static ReportsClient bounded(ReportsClient client, Instant deadline, Clock clock) {
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw new ClientException("the clean-up's time is spent");
        }
        return client.withTimeout(left.compareTo(Duration.ofMillis(100)) < 0 ? Duration.ofMillis(100) : left);
    }

    /** Calls {@code call}, again after a 429 whose Retry-After (at most 2 s) ends before the deadline. */
    private static <T> T within(Instant deadline, Clock clock, Supplier<T> call) {
        while (true) {
            try {
                return call.get();
            } catch (ApiException e) {
                Optional<Duration> advised = e.status() == 429
                        ? RetryAfter.parse(e.header("Retry-After").orElse(null), clock) : Optional.empty();
                Duration wait = advised.map(d -> d.isZero() ? Duration.ofMillis(200) : d).orElse(null);
                if (wait == null || wait.compareTo(LONGEST_RETRY_AFTER) > 0
                        || clock.instant().plus(wait).isAfter(deadline)) {
                    throw e;
                }
                HttpCaller.sleep(Sleeper.system(), wait);
            }
        }
    }
}
