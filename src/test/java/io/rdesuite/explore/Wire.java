package io.rdesuite.explore;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.client.TokenProvider;
import io.rdesuite.support.TargetApi.Identity;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends the exploration's requests (java.net.http: every byte as the exploration means it, invalid input too),
 * counts them against the {@link Budget}, records them for a reproducer and, when asked to pace, keeps each client
 * below 90 % of the documented limit (100 requests per 10 s) in any 10 s, whatever the versions.
 */
final class Wire {

    /** What pacing allows per client: 90 % of the documented limit, in its window. */
    static final int PACED_REQUESTS = RateLimitSpec.DOCUMENTED_DEFAULT.requests() * 9 / 10;
    static final Duration PACED_WINDOW = RateLimitSpec.DOCUMENTED_DEFAULT.window();

    private final ExploreTarget target;
    private final boolean pace;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Deque<Long>> sentByClient = new HashMap<>();
    private final List<Exchange> recorded = new ArrayList<>();
    private int sent;
    private int rateLimited;

    Wire(ExploreTarget target, boolean pace) {
        this.target = target;
        this.pace = pace;
    }

    ExploreTarget target() {
        return target;
    }

    int sent() {
        return sent;
    }

    /** How many answers were 429. */
    int rateLimited() {
        return rateLimited;
    }

    /** The exchanges since the last {@link #clearRecording()}. */
    List<Exchange> recorded() {
        return List.copyOf(recorded);
    }

    void clearRecording() {
        recorded.clear();
    }

    /** Sends one request as {@code who}; the identity must have a token provider. */
    Exchange send(Identity who, ApiVersion version, Operation operation, String method, String path,
                  List<Map.Entry<String, String>> query, String contentType, byte[] body) {
        TokenProvider tokens = target.tokens(who).orElseThrow();
        String client = target.describe(who);
        String token = tokens.accessToken();
        waitForPace(client);
        Exchange draft = new Exchange(who, client, version, operation, method, path, query, contentType, body, 0,
                Map.of(), new byte[0], null);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + draft.target()))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        Instant at = target.clock().instant();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " reached no answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        sent++;
        rateLimited += response.statusCode() == 429 ? 1 : 0;
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        Exchange exchange = new Exchange(who, client, version, operation, method, path, query, contentType, body,
                response.statusCode(), headers, response.body(), at);
        recorded.add(exchange);
        return exchange;
    }

    private String base() {
        String base = target.baseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** On a paced wire: waits until the client has sent fewer than {@link #PACED_REQUESTS} in the last window. */
    private void waitForPace(String client) {
        if (!pace) {
            return;
        }
        Deque<Long> times = sentByClient.computeIfAbsent(client, c -> new ArrayDeque<>());
        long window = PACED_WINDOW.toNanos();
        while (true) {
            long now = System.nanoTime();
            while (!times.isEmpty() && now - times.peekFirst() >= window) {
                times.pollFirst();
            }
            if (times.size() < PACED_REQUESTS) {
                times.addLast(now);
                return;
            }
            long wait = window - (now - times.peekFirst());
            try {
                Thread.sleep(Math.max(1, wait / 1_000_000), 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
