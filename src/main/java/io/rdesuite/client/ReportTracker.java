package io.rdesuite.client;

import io.rdesuite.api.ReportType;
import io.restassured.filter.Filter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Every report a run started on one target, until it is seen to end (a result with a status, an accepted
 * cancel): its id, type and the client that started it (its owner, who can cancel it). The acceptance suite and
 * the load simulations share this one tracker: the typed client and the suite's REST Assured specifications
 * record through {@link #filter}, Gatling journeys call {@link #started} and {@link #ended}. A tenant is
 * production, so no run leaves a report running: {@link ReportCleanup} cancels what is still unfinished.
 *
 * <p>It also remembers, per report type, the first wait that timed out on the target, so that later waits for
 * that type fail at once instead of each waiting again.
 */
public final class ReportTracker {

    /** A report this run started: type null when the starter did not say. */
    public record Started(String id, ReportType type, String owner) {
    }

    private static final Map<URI, ReportTracker> BY_TARGET = new ConcurrentHashMap<>();

    private final Map<String, Started> all = new ConcurrentHashMap<>();
    private final Map<String, Started> unfinished = new ConcurrentHashMap<>();
    private final Map<ReportType, AwaitTimeoutException> timedOut = new ConcurrentHashMap<>();
    private final Set<String> seenEnded = ConcurrentHashMap.newKeySet();

    /**
     * The tracker of the target at {@code baseUri} in this JVM: every {@link ReportsClient} records there unless
     * given another, so all the clients of a run on one target (scenarios, contract verification) share it.
     */
    public static ReportTracker forTarget(URI baseUri) {
        return BY_TARGET.computeIfAbsent(baseUri, uri -> new ReportTracker());
    }

    /** Records a report started by {@code owner}; a repeated start of the same running report changes nothing. */
    public void started(String id, ReportType type, String owner) {
        if (id == null) {
            return;
        }
        Started report = new Started(id, type, owner);
        Started known = all.putIfAbsent(id, report);
        if (known == null) {
            unfinished.put(id, report);
        } else if (known.type() == null && type != null) {
            all.put(id, report);
            unfinished.computeIfPresent(id, (k, v) -> report);
        }
    }

    /** Records a report started by the client {@code owner}, its type unknown (the load's journeys). */
    public void started(String id, String owner) {
        started(id, null, owner);
    }

    /** Forgets a report: it was seen to end (or to be cancelled). */
    public void ended(String id) {
        if (id != null) {
            unfinished.remove(id);
        }
    }

    /** Records that an answer showed the report ended (a /result with a status), and forgets it as unfinished. */
    public void sawEnd(String id) {
        if (id != null) {
            seenEnded.add(id);
            ended(id);
        }
    }

    /** Whether an answer showed the report ended: from then on, /result answering {} for it means it was lost. */
    public boolean seenEnded(String id) {
        return id != null && seenEnded.contains(id);
    }

    public Optional<Started> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(all.get(id));
    }

    public List<String> unfinishedIds() {
        return new ArrayList<>(unfinished.keySet());
    }

    /** The reports not seen to end, with their owners. */
    public List<Started> unfinished() {
        return new ArrayList<>(unfinished.values());
    }

    public int startedCount() {
        return all.size();
    }

    /**
     * A REST Assured filter that records what passes through it for {@code owner}: a startReport answered 200
     * (id and reportType of its body), a cancel answered 204, a /result answered with a status. Put it first,
     * so that it sees the answer the caller gets.
     */
    public Filter filter(String owner) {
        return new ReportTrackingFilter(this, owner);
    }

    /**
     * Cancels every report still unfinished as its owner (through {@code clientOf}, whose retry policy waits out
     * a 429) and forgets it; returns how many were cancelled. A cancel that fails leaves the report unfinished.
     * Unbounded in time: the load's clean-up, after the load. Interrupted runs use {@link ReportCleanup}.
     */
    public int cancelUnfinished(Function<String, ReportsClient> clientOf) {
        int cancelled = 0;
        for (Started report : unfinished()) {
            try {
                clientOf.apply(report.owner()).cancelReport(report.id());
                ended(report.id());
                cancelled++;
            } catch (ClientException failed) {
                System.err.println("[reports] cannot cancel report " + report.id() + ": " + failed.getMessage());
            }
        }
        return cancelled;
    }

    /** Remembers the first wait for {@code type} that timed out on this target. */
    void timedOut(ReportType type, AwaitTimeoutException first) {
        if (type != null) {
            timedOut.putIfAbsent(type, first);
        }
    }

    /** The first wait for {@code type} that timed out on this target, if one did. */
    public Optional<AwaitTimeoutException> firstTimeout(ReportType type) {
        return type == null ? Optional.empty() : Optional.ofNullable(timedOut.get(type));
    }
}
