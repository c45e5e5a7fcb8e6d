package io.rdesuite.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.model.ErrorResponseDto;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The API answered a status the operation does not accept (any non-2xx, or a 2xx other than the documented one). */
public class ApiException extends ClientException {

    private static final int MAX_BODY_IN_MESSAGE = 300;

    private final String operation;
    private final int status;
    private final Map<String, List<String>> headers;
    private final String body;

    public ApiException(String operation, int status, Map<String, List<String>> headers, String body) {
        super(operation + " answered " + status + summary(body));
        this.operation = operation;
        this.status = status;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body == null ? "" : body;
    }

    /** Method and path template, e.g. "GET /v3/reports/{id}/result". */
    public String operation() {
        return operation;
    }

    public int status() {
        return status;
    }

    /** Header names compare case-insensitively. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String body() {
        return body;
    }

    /** The body as an ErrorResponseDto, when it is a JSON object with at least one of its fields. */
    public Optional<ErrorResponseDto> errorResponse() {
        try {
            JsonNode node = Json.mapper().readTree(body);
            if (node == null || !node.isObject()
                    || !(node.has("detailCode") || node.has("trackingId") || node.has("messages"))) {
                return Optional.empty();
            }
            return Optional.of(Json.mapper().treeToValue(node, ErrorResponseDto.class));
        } catch (Exception notAnErrorResponse) {
            return Optional.empty();
        }
    }

    private static String summary(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String oneLine = body.replaceAll("\\s+", " ").trim();
        return ": " + (oneLine.length() > MAX_BODY_IN_MESSAGE ? oneLine.substring(0, MAX_BODY_IN_MESSAGE) + "..."
                : oneLine);
    }
}
