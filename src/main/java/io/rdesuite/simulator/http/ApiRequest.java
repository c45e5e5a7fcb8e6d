package io.rdesuite.simulator.http;

import io.rdesuite.api.ApiVersion;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a handler sees of a request: no server types, so handlers are plain functions. {@code version} is the API
 * version whose path family the request's route belongs to (null off the API: token endpoint, control API, no route).
 */
public record ApiRequest(
        String method,
        String path,
        Map<String, String> pathParams,
        Map<String, Deque<String>> query,
        Function<String, String> headers,
        byte[] body,
        Map<String, String> form,
        ApiVersion version) {

    /** A request off the API (no version). */
    public ApiRequest(String method, String path, Map<String, String> pathParams, Map<String, Deque<String>> query,
                      Function<String, String> headers, byte[] body, Map<String, String> form) {
        this(method, path, pathParams, query, headers, body, form, null);
    }

    public String header(String name) {
        return headers.apply(name);
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** The first value of a query parameter, or null. */
    public String queryParam(String name) {
        Deque<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    public boolean hasQueryParam(String name) {
        return query.containsKey(name);
    }

    /** The same request with another body. */
    public ApiRequest withBody(byte[] newBody) {
        return new ApiRequest(method, path, pathParams, query, headers, newBody, form, version);
    }

    /** The same request with one query parameter set to a single value, or left out when {@code value} is null. */
    public ApiRequest withQueryParam(String name, String value) {
        Map<String, Deque<String>> changed = new LinkedHashMap<>(query);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, new ArrayDeque<>(List.of(value)));
        }
        return new ApiRequest(method, path, pathParams, changed, headers, body, form, version);
    }
}
