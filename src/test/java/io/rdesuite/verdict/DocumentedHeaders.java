package io.rdesuite.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which response headers an answer may carry without drift: the ordinary headers of HTTP and its usual
 * infrastructure ({@link #ORDINARY}), the headers the document declares for that response (Retry-After on 429,
 * Content-disposition on a download...), and the document-wide ones under components.headers (SLPT-Request-ID).
 * Names compare case-insensitively.
 */
final class DocumentedHeaders {

    /**
     * Headers of HTTP itself (RFC 9110-9112: framing, caching, content, authentication challenges), of browsers'
     * security and CORS, which servers, gateways and CDNs add to any answer: never an addition to this API.
     */
    static final Set<String> ORDINARY = lowerCase(Set.of(
            "Date", "Server", "Vary", "Cache-Control", "Pragma", "Expires", "Age", "Via", "Connection",
            "Keep-Alive", "Transfer-Encoding", "Trailer", "Content-Length", "Content-Encoding", "Content-Type",
            "Content-Language", "Content-Range", "Accept-Ranges", "ETag", "Last-Modified", "Allow",
            "WWW-Authenticate", "Alt-Svc", "Strict-Transport-Security", "X-Content-Type-Options",
            "X-Frame-Options", "X-XSS-Protection", "Content-Security-Policy", "Referrer-Policy",
            "Permissions-Policy", "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy",
            "Access-Control-Allow-Origin", "Access-Control-Allow-Credentials", "Access-Control-Allow-Methods",
            "Access-Control-Allow-Headers", "Access-Control-Expose-Headers", "Access-Control-Max-Age"));

    private final Set<String> documentWide;
    /** "operationId status" -> the headers that response declares. */
    private final Map<String, Set<String>> byResponse = new HashMap<>();

    DocumentedHeaders(JsonNode document) {
        this.documentWide = lowerCase(names(document.path("components").path("headers")));
        document.path("paths").forEach(path -> path.forEach(operation -> {
            String id = operation.path("operationId").asText("");
            operation.path("responses").fields().forEachRemaining(response -> byResponse.put(
                    id + " " + response.getKey(), lowerCase(names(resolve(document, response.getValue())
                            .path("headers")))));
        }));
    }

    /** Whether {@code header} is no addition on an answer {@code status} of {@code operationId}. */
    boolean allows(String operationId, int status, String header) {
        String name = header.toLowerCase(Locale.ROOT);
        return ORDINARY.contains(name) || documentWide.contains(name)
                || Optional.ofNullable(byResponse.get(operationId + " " + status))
                        .or(() -> Optional.ofNullable(byResponse.get(operationId + " default")))
                        .map(declared -> declared.contains(name)).orElse(false);
    }

    /** A $ref to #/components/... followed, or the node itself. */
    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }

    private static Set<String> names(JsonNode headers) {
        Set<String> names = new TreeSet<>();
        headers.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> lowerCase(Set<String> names) {
        Set<String> lower = new TreeSet<>();
        names.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
        return Set.copyOf(lower);
    }
}
