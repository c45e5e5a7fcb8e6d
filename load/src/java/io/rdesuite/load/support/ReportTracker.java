package io.rdesuite.load.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every report a simulation starts, by id and the client that started it, until it is seen to end (a terminal
 * result or an accepted cancel). {@link #cancelUnfinished} is the backstop of {@code after()}: a tenant is
 * production, so no run leaves a report running.
 */
public final class ReportTracker {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    public String clientOf(String id) {
        return unfinished.get(id);
    }

    public int startedCount() {
        return all.size();
    }

    /** Cancels every report still unfinished; returns how many cancels were sent. */
    public int cancelUnfinished(Supplier<String> baseUrl, Function<String, String> bearerOf) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int sent = 0;
        for (Map.Entry<String, String> e : Map.copyOf(unfinished).entrySet()) {
            HttpRequest cancel = HttpRequest.newBuilder(
                            URI.create(baseUrl.get() + "/v3/reports/" + e.getKey() + "/cancel"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", bearerOf.apply(e.getValue()))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            for (int attempt = 0; attempt < 5; attempt++) {
                try {
                    HttpResponse<Void> r = http.send(cancel, HttpResponse.BodyHandlers.discarding());
                    sent++;
                    if (r.statusCode() == 429) {
                        long wait = r.headers().firstValueAsLong("Retry-After").orElse(1);
                        Thread.sleep(Math.max(1, wait) * 1000);
                        continue;
                    }
                    unfinished.remove(e.getKey());
                    break;
                } catch (IOException ex) {
                    break;
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return sent;
                }
            }
        }
        return sent;
    }

    /** Tasks the embedded simulator still runs (no completionStatus), from GET /__simulator/tasks. */
    public static List<String> runningOnSimulator(String baseUrl) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/__simulator/tasks"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            JsonNode tasks = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
            List<String> running = new ArrayList<>();
            tasks.forEach(t -> {
                if (t.path("completionStatus").isNull() || t.path("completionStatus").isMissingNode()) {
                    running.add(t.path("id").asText());
                }
            });
            return running;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the simulator's tasks: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
