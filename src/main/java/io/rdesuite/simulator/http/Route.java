package io.rdesuite.simulator.http;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One method and path template (segments in braces are parameters), its name, how its body is read (raw
 * bytes, or as an HTML form: URL-encoded or multipart) and whether it runs on a worker thread.
 */
public record Route(String method, String template, String name, boolean formBody, boolean onWorker,
                    Function<ApiRequest, ApiResponse> handler) {

    private static final String[] NO_SEGMENTS = new String[0];

    public static Route of(String method, String template, String name, Function<ApiRequest, ApiResponse> handler) {
        return new Route(method, template, name, false, false, handler);
    }

    /** A route whose handler may take a while (file generation): it runs on a worker thread. */
    public static Route worker(String method, String template, String name, Function<ApiRequest, ApiResponse> handler) {
        return new Route(method, template, name, false, true, handler);
    }

    public static Route form(String method, String template, String name, Function<ApiRequest, ApiResponse> handler) {
        return new Route(method, template, name, true, true, handler);
    }

    String[] segments() {
        String t = template.startsWith("/") ? template.substring(1) : template;
        return t.isEmpty() ? NO_SEGMENTS : t.split("/");
    }

    /** The path parameters when the path fits the template, else null. */
    Map<String, String> match(String[] pathSegments) {
        String[] segments = segments();
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
