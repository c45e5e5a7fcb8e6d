package io.rdesuite.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stable placeholders, in order of appearance, for what must not be recorded: report ids ({@code id-1}, ...) and
 * callers ({@code client-1}, ...: the client_id claim of a JWT bearer token). Only digests of the raw values are
 * kept, in memory.
 */
final class Placeholders {

    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{32}|[0-9a-fA-F-]{36}");

    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> clients = new HashMap<>();

    /** {@code id-N} for a well-formed id, "malformed" for anything else. */
    synchronized String id(String raw) {
        if (raw == null || !ID.matcher(raw).matches()) {
            return "malformed";
        }
        return ids.computeIfAbsent(digest(raw.toLowerCase()), k -> "id-" + (ids.size() + 1));
    }

    /** The caller of a request with this Authorization header, never its token. */
    synchronized String client(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return "none";
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return "other-scheme";
        }
        String clientId = clientId(authorization.substring(7).trim());
        if (clientId == null) {
            return "unreadable-token";
        }
        return clients.computeIfAbsent(digest(clientId), k -> "client-" + (clients.size() + 1));
    }

    private static String clientId(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            JsonNode claims = Recording.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
            String id = claims.path("client_id").asText(claims.path("sub").asText(""));
            return id.isEmpty() ? null : id;
        } catch (IllegalArgumentException | java.io.IOException e) {
            return null;
        }
    }

    private static String digest(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
