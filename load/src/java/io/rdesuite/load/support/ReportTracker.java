package io.rdesuite.load.support;

import io.rdesuite.api.model.TaskResultDetails;
import io.rdesuite.client.ClientException;
import io.rdesuite.client.ReportsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Every report a simulation starts, by id and the client that started it, until it is seen to end (a terminal
 * result or an accepted cancel). A tenant is production, so no run leaves a report running:
 * {@link #cancelUnfinished} cancels the rest through the project's client.
 */
public final class ReportTracker {

    private final Map<String, String> unfinished = new ConcurrentHashMap<>();
    private final Map<String, Boolean> all = new ConcurrentHashMap<>();

    public void started(String id, String clientId) {
        if (id != null) {
            all.put(id, Boolean.TRUE);
            unfinished.putIfAbsent(id, clientId);
        }
    }

    public void ended(String id) {
        if (id != null) {
            unfinished.remove(id);
        }
    }

    public List<String> unfinishedIds() {
        return new ArrayList<>(unfinished.keySet());
    }

    public int startedCount() {
        return all.size();
    }

    /**
     * Cancels every report still unfinished as the client that started it (the client waits out a 429 as its
     * retry policy says); returns how many were cancelled. A cancel that fails leaves the report unfinished.
     */
    public int cancelUnfinished(Function<String, ReportsClient> clientOf) {
        int cancelled = 0;
        for (Map.Entry<String, String> e : Map.copyOf(unfinished).entrySet()) {
            try {
                clientOf.apply(e.getValue()).cancelReport(e.getKey());
                ended(e.getKey());
                cancelled++;
            } catch (ClientException failed) {
                System.err.println("[load] cannot cancel report " + e.getKey() + ": " + failed.getMessage());
            }
        }
        return cancelled;
    }

    /**
     * The reports still running: on the simulator every task it runs (they are all this run's, which also
     * catches a report whose start answer was lost), elsewhere the ones not seen to end.
     */
    public List<String> stillRunning(LoadTarget target) {
        return target.control()
                .map(control -> control.tasks().stream().filter(TaskResultDetails::isRunning)
                        .map(TaskResultDetails::id).toList())
                .orElseGet(this::unfinishedIds);
    }
}
