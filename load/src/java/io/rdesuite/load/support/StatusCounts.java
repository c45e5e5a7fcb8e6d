package io.rdesuite.load.support;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** How many answers of each status each operation gave in each API version (thread-safe). */
final class StatusCounts {

    private final Map<ApiVersion, Map<String, Map<Integer, Integer>>> counts = new TreeMap<>();

    synchronized void add(ApiVersion version, Operation operation, int status) {
        counts.computeIfAbsent(version, v -> new TreeMap<>())
                .computeIfAbsent(operation.id(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
    }

    /** version -> operation (v3's operationId) -> status -> count: a copy. */
    synchronized Map<ApiVersion, Map<String, Map<Integer, Integer>>> byVersion() {
        Map<ApiVersion, Map<String, Map<Integer, Integer>>> copy = new TreeMap<>();
        counts.forEach((version, ops) -> {
            Map<String, Map<Integer, Integer>> byOp = new TreeMap<>();
            ops.forEach((op, m) -> byOp.put(op, new TreeMap<>(m)));
            copy.put(version, byOp);
        });
        return copy;
    }

    /** operation -> status -> count over every version, as summaries gave it before versions. */
    synchronized Map<String, Map<Integer, Integer>> overAllVersions() {
        Map<String, Map<Integer, Integer>> all = new TreeMap<>();
        counts.values().forEach(ops -> ops.forEach((op, m) -> m.forEach((status, n) ->
                all.computeIfAbsent(op, k -> new TreeMap<>()).merge(status, n, Integer::sum))));
        return all;
    }

    /** {"v3": {operation: {status: count}}}, for JSON. */
    synchronized Map<String, Map<String, Map<Integer, Integer>>> byVersionLabel() {
        Map<String, Map<String, Map<Integer, Integer>>> m = new LinkedHashMap<>();
        byVersion().forEach((version, ops) -> m.put(version.label(), ops));
        return m;
    }
}
