package io.rdesuite.simulator.http;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import java.util.Arrays;
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
    /** How many of the segments are parameters. */
    private final int params;
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
        this.params = (int) Arrays.stream(segments).filter(seg -> seg.startsWith("{")).count();
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

    /**
     * The path parameters when the path fits the template, else null. The path's segments are the parts between
     * slashes after the first character, the last one left out when it is empty (so "/v3/reports/" is two
     * segments); they are compared where they stand in the path, so a path that does not fit costs no allocation.
     */
    Map<String, String> match(String path) {
        int end = end(path);
        int pos = 1;
        for (String s : segments) {
            if (pos > end) {
                return null;
            }
            int next = next(path, pos, end);
            if (s.startsWith("{") ? next == pos
                    : next - pos != s.length() || !path.regionMatches(pos, s, 0, s.length())) {
                return null;
            }
            pos = next + 1;
        }
        if (pos <= end) {
            return null;
        }
        if (params == 0) {
            return Map.of();
        }
        Map<String, String> found = params == 1 ? null : new HashMap<>(params * 2);
        pos = 1;
        for (String s : segments) {
            int next = next(path, pos, end);
            if (s.startsWith("{")) {
                String name = s.substring(1, s.length() - 1);
                String value = path.substring(pos, next);
                if (found == null) {
                    return Map.of(name, value);
                }
                found.put(name, value);
            }
            pos = next + 1;
        }
        return found;
    }

    /** Where the path's last segment ends: the last slash is left out; 0 for a path with no segment ("/"). */
    private static int end(String path) {
        int n = path.length();
        if (n <= 1) {
            return 0;
        }
        return path.charAt(n - 1) == '/' ? n - 1 : n;
    }

    /** Where the segment that starts at {@code pos} ends. */
    private static int next(String path, int pos, int end) {
        int slash = path.indexOf('/', pos);
        return slash < 0 || slash > end ? end : slash;
    }
}
