package io.rdesuite.load.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Bearer tokens per client, fetched with client_credentials once and renewed a minute before they expire, so the
 * token endpoint sees one request per client and lifetime rather than one per virtual user.
 */
public final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    private record Token(String value, Instant renewAt) {
    }

    private final Supplier<String> baseUrl;
    private final Map<String, LoadClient> clients = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Tokens(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    public void register(Iterable<LoadClient> list) {
        list.forEach(c -> clients.put(c.id(), c));
    }

    /** Fetches every registered client's token now, so no virtual user waits for one. */
    public void warmUp() {
        clients.keySet().forEach(this::bearer);
    }

    public String bearer(String clientId) {
        Token token = tokens.get(clientId);
        if (token == null || Instant.now().isAfter(token.renewAt())) {
            token = tokens.compute(clientId, (id, old) ->
                    old != null && Instant.now().isBefore(old.renewAt()) ? old : fetch(id));
        }
        return "Bearer " + token.value();
    }

    private Token fetch(String clientId) {
        LoadClient client = clients.get(clientId);
        if (client == null) {
            throw new IllegalArgumentException("no credentials for client " + clientId);
        }
        String form = "grant_type=client_credentials&client_id=" + enc(client.id()) + "&client_secret="
                + enc(client.secret());
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.get() + "/oauth/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token request for " + clientId + " answered " + response.statusCode());
            }
            JsonNode body = JSON.readTree(response.body());
            long expiresIn = body.path("expires_in").asLong(749);
            Duration renewIn = Duration.ofSeconds(expiresIn).minus(RENEW_BEFORE);
            if (renewIn.isNegative()) {
                renewIn = Duration.ofSeconds(expiresIn / 2);
            }
            return new Token(body.path("access_token").asText(), Instant.now().plus(renewIn));
        } catch (IOException e) {
            throw new IllegalStateException("token request for " + clientId + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching a token", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
