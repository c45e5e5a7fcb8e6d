package io.rdesuite.simulator.http;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One method and path template (segments in braces are parameters) with its handler: the API operation it serves
 * (null for the token endpoint and the control API), how its body is read (raw bytes, or as an HTML form:
 * URL-encoded or multipart) and whether it runs on a worker thread.
 */
public final class Route {

    private final String method;
    private final String[] segments;
    private final ApiVersion version;
    private final Operation operation;
    private final boolean formBody;
    private final boolean onWorker;
    private final Function<ApiRequest, ApiResponse> handler;

    private Route(String method, String template, ApiVersion version, Operation operation, boolean formBody,
                  boolean onWorker, Function<ApiRequest, ApiResponse> handler) {
        this.method = method;
        String t = template.startsWith("/") ? template.substring(1) : template;
        this.segments = t.isEmpty() ? new String[0] : t.split("/");
        this.version = version;
        this.operation = operation;
        this.formBody = formBody;
        this.onWorker = onWorker;
        this.handler = handler;
    }

    /** A route that only computes: it runs on the I/O thread. */
    public static Route of(String method, String template, Function<ApiRequest, ApiResponse> handler) {
        return new Route(method, template, null, null, false, false, handler);
    }

    /**
     * The route of an API operation in one version, at its method and that version's template; {@code onWorker}
     * when it may take a while.
     */
    public static Route of(ApiVersion version, Operation operation, boolean onWorker,
                           Function<ApiRequest, ApiResponse> handler) {
        return new Route(operation.method(), operation.template(version), version, operation, false, onWorker, handler);
    }

    /** A route whose body is an HTML form; it runs on a worker thread (the form is read blocking). */
    public static Route form(String method, String template, Function<ApiRequest, ApiResponse> handler) {
        return new Route(method, template, null, null, true, true, handler);
    }

    public String method() {
        return method;
    }

    /** The API version the route belongs to; null for the token endpoint and the control API. */
    public ApiVersion version() {
        return version;
    }

    public Operation operation() {
        return operation;
    }

    boolean formBody() {
        return formBody;
    }

    boolean onWorker() {
        return onWorker;
    }

    Function<ApiRequest, ApiResponse> handler() {
        return handler;
    }

    /** The path parameters when the path fits the template, else null. */
    Map<String, String> match(String[] pathSegments) {
        if (segments.length != pathSegments.length) {
            return null;
        }
        Map<String, String> params = null;
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.startsWith("{")) {
                if (pathSegments[i].isEmpty()) {
                    return null;
                }
                if (params == null) {
                    params = new HashMap<>(2);
                }
                params.put(s.substring(1, s.length() - 1), pathSegments[i]);
            } else if (!s.equals(pathSegments[i])) {
                return null;
            }
        }
        return params == null ? Map.of() : params;
    }
}
