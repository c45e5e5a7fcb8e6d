package io.rdesuite.simulator;

import io.rdesuite.api.model.TokenResponse;
import io.rdesuite.simulator.auth.TokenService;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * POST /oauth/token with grant_type=client_credentials. Parameters may come in a URL-encoded or multipart
 * body, in the query string, or (client id and secret) as HTTP Basic credentials: real clients use all four.
 */
final class TokenEndpoint {

    private final SimulatorState state;

    TokenEndpoint(SimulatorState state) {
        this.state = state;
    }

    ApiResponse token(ApiRequest request) {
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
        ClientRegistration client = state.client(params.get("client_id"));
        String secret = params.get("client_secret");
        if (client == null || secret == null || !constantTimeEquals(client.secret(), secret)) {
            return oauthError(401, "unauthorized", "Full authentication is required to access this resource");
        }
        return issue(client, state.config.tokenTtl());
    }

    ApiResponse issue(ClientRegistration client, Duration ttl) {
        TokenService.IssuedToken issued = state.tokens.issue(client, ttl);
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
