package io.rdesuite.simulator.auth;

import io.rdesuite.api.model.TokenResponse;
import io.rdesuite.simulator.ClientRegistration;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * POST /oauth/token with grant_type=client_credentials. Parameters may come in a URL-encoded or multipart
 * body, in the query string, or (client id and secret) as HTTP Basic credentials: real clients use all four.
 */
public final class TokenEndpoint {

    private final TokenService tokens;
    private final List<ClientRegistration> clients;
    private final Duration tokenTtl;

    public TokenEndpoint(TokenService tokens, List<ClientRegistration> clients, Duration tokenTtl) {
        this.tokens = tokens;
        this.clients = List.copyOf(clients);
        this.tokenTtl = tokenTtl;
    }

    public ApiResponse token(ApiRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        request.query().forEach((k, v) -> {
            if (!v.isEmpty()) {
                params.put(k, v.getFirst());
            }
        });
        params.putAll(request.form());
        basicCredentials(request.header("Authorization"), params);

        String grantType = params.get("grant_type");
        if (grantType == null || grantType.isBlank()) {
            return oauthError(400, "invalid_request", "Missing grant type");
        }
        if (!grantType.toLowerCase(Locale.ROOT).equals("client_credentials")) {
            return oauthError(400, "unsupported_grant_type", "Unsupported grant type: " + grantType);
        }
        ClientRegistration client = client(params.get("client_id"));
        String secret = params.get("client_secret");
        if (client == null || secret == null || !constantTimeEquals(client.secret(), secret)) {
            return oauthError(401, "unauthorized", "Full authentication is required to access this resource");
        }
        return issue(client, tokenTtl);
    }

    /** The configured client with this id, or null. */
    public ClientRegistration client(String clientId) {
        return clients.stream().filter(c -> c.clientId().equals(clientId)).findFirst().orElse(null);
    }

    /** A token answer for the client with the given lifetime (negative: already expired). */
    public ApiResponse issue(ClientRegistration client, Duration ttl) {
        TokenService.IssuedToken issued = tokens.issue(client, ttl);
        TokenResponse body = new TokenResponse(issued.accessToken(), "bearer", issued.expiresInSeconds(),
                String.join(" ", client.scopes()), TokenService.TENANT_ID, TokenService.POD, TokenService.ORG,
                issued.principal().jti());
        return ApiResponse.json(200, body).header("Cache-Control", "no-store").header("Pragma", "no-cache");
    }

    private static void basicCredentials(String authorization, Map<String, String> params) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                params.putIfAbsent("client_id", decoded.substring(0, colon));
                params.putIfAbsent("client_secret", decoded.substring(colon + 1));
            }
        } catch (IllegalArgumentException e) {
            // not Basic credentials after all: the body's parameters decide
        }
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static ApiResponse oauthError(int status, String error, String description) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        return ApiResponse.json(status, body).header("Cache-Control", "no-store");
    }
}
