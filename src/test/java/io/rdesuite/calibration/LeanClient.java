package io.rdesuite.calibration;

import io.rdesuite.calibration.Exchanges.Exchange;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A probe's calls as fast as one thread can send them: the JDK's HTTP client (one kept-alive connection), no
 * contract checks (the acceptance scenarios judge these answers), each exchange recorded as the
 * {@link RecordingFilter} records its own. For bursts that must fit a rate-limit window.
 */
final class LeanClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI base;
    private final String authorization;

    LeanClient(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    Exchange get(String path) {
        return send("GET", path, null);
    }

    Exchange postJson(String path, String json) {
        return send("POST", path, json);
    }

    private Exchange send(String method, String path, String json) {
        URI uri = base.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", authorization)
                .header("Accept", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        long sent = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Exchange exchange = new Exchange(method, uri, authorization, json, response.statusCode(),
                    name -> response.headers().firstValue(name).orElse(null), response.body(),
                    (System.nanoTime() - sent) / 1_000_000);
            RecordingFilter.record(exchange);
            return exchange;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + uri.getPath() + " was not answered: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
