package io.rdesuite.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which documented operation a request is, and the (operation, status) cells the document lists. */
public final class Operations {

    /** The 25 documented cells, operation by operation, in the document's order of codes. */
    public static final Map<String, List<Integer>> DOCUMENTED = documented();

    private static final Pattern RUN = Pattern.compile("/v3/reports/run/?");
    private static final Pattern RESULT = Pattern.compile("/v3/reports/[^/]+/result/?");
    private static final Pattern CANCEL = Pattern.compile("/v3/reports/[^/]+/cancel/?");
    private static final Pattern REPORT = Pattern.compile("/v3/reports/[^/]+/?");

    private Operations() {
    }

    /** The operationId of {@code method path} (path without query), or empty for anything else. */
    public static Optional<String> operationId(String method, String path) {
        String m = method.toUpperCase(java.util.Locale.ROOT);
        if (m.equals("POST") && RUN.matcher(path).matches()) {
            return Optional.of("startReport");
        }
        if (m.equals("POST") && CANCEL.matcher(path).matches()) {
            return Optional.of("cancelReport");
        }
        if (m.equals("GET") && RESULT.matcher(path).matches()) {
            return Optional.of("getReportResult");
        }
        if (m.equals("GET") && REPORT.matcher(path).matches()) {
            return Optional.of("getReport");
        }
        return Optional.empty();
    }

    private static Map<String, List<Integer>> documented() {
        Map<String, List<Integer>> cells = new LinkedHashMap<>();
        cells.put("startReport", List.of(200, 400, 401, 403, 429, 500));
        cells.put("getReportResult", List.of(200, 400, 401, 403, 429, 500));
        cells.put("getReport", List.of(200, 400, 401, 403, 404, 429, 500));
        cells.put("cancelReport", List.of(204, 400, 401, 403, 429, 500));
        return java.util.Collections.unmodifiableMap(cells);
    }
}
