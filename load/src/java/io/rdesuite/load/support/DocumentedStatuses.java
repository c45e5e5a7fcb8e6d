package io.rdesuite.load.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The (operation, status) cells of the published document: the only statuses a load run may see. */
public final class DocumentedStatuses {

    public static final Map<String, List<Integer>> BY_OPERATION;

    static {
        Map<String, List<Integer>> m = new LinkedHashMap<>();
        m.put("startReport", List.of(200, 400, 401, 403, 429, 500));
        m.put("getReportResult", List.of(200, 400, 401, 403, 429, 500));
        m.put("getReport", List.of(200, 400, 401, 403, 404, 429, 500));
        m.put("cancelReport", List.of(204, 400, 401, 403, 429, 500));
        BY_OPERATION = java.util.Collections.unmodifiableMap(m);
    }

    private DocumentedStatuses() {
    }

    public static boolean documented(String operation, int status) {
        List<Integer> codes = BY_OPERATION.get(operation);
        return codes == null || codes.contains(status);
    }

    public static boolean isApiOperation(String operation) {
        return BY_OPERATION.containsKey(operation);
    }
}
