package io.rdesuite.api;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A published version of the API: where its four operations live and what their operationIds are called. The
 * operations' templates are written relative to {@link #basePath()}. The yearly versions restate v3 (their
 * documents differ in descriptions only); the per-API v1 (June 2026) has no version segment at the server root,
 * puts its version after "reports" and ends its operationIds in V1.
 */
public enum ApiVersion {
    V3("v3", "/v3/reports", ""),
    V2024("v2024", "/v2024/reports", ""),
    V2025("v2025", "/v2025/reports", ""),
    V2026("v2026", "/v2026/reports", ""),
    V1("v1", "/reports/v1", "V1");

    /** The value of {@code SAIL_API_VERSIONS} that selects every version. */
    public static final String ALL = "all";

    private final String label;
    private final String basePath;
    private final String operationIdSuffix;

    ApiVersion(String label, String basePath, String operationIdSuffix) {
        this.label = label;
        this.basePath = basePath;
        this.operationIdSuffix = operationIdSuffix;
    }

    /** As users write it: v3, v2024, v1. */
    public String label() {
        return label;
    }

    /** The path every operation of this version starts with, e.g. /v3/reports or /reports/v1. */
    public String basePath() {
        return basePath;
    }

    /** The operation's operationId in this version's document: startReport, or startReportV1 in v1. */
    public String operationId(Operation operation) {
        return operation.id() + operationIdSuffix;
    }

    /** The operation an operationId of this version's document names. */
    public Optional<Operation> operation(String operationId) {
        if (!operationId.endsWith(operationIdSuffix)) {
            return Optional.empty();
        }
        return Operation.byId(operationId.substring(0, operationId.length() - operationIdSuffix.length()));
    }

    /** The file name of the published document as vendored under contracts/openapi/published. */
    public String publishedDocument() {
        return this == V1 ? "sailpoint-reports-v1-data-extraction.openapi.yaml"
                : "sailpoint-" + label + "-reports-data-extraction.openapi.yaml";
    }

    /** The file name of the project's copy (with x-deviation markers) under contracts/openapi. */
    public String projectDocument() {
        return "reports-" + label + ".yaml";
    }

    /** The version whose label is {@code label} (case-insensitive). */
    public static Optional<ApiVersion> byLabel(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.label.equals(l)).findFirst();
    }

    /**
     * The version whose base path the (raw, query-less) path contains, as a whole segment sequence; what comes
     * before it is the target's own path.
     */
    public static Optional<ApiVersion> ofPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(v -> {
            int at = path.indexOf(v.basePath);
            int end = at + v.basePath.length();
            return at >= 0 && (end == path.length() || path.charAt(end) == '/');
        }).findFirst();
    }

    /**
     * The versions a list such as {@code v3,v2025,v1} or {@code all} names, in the table's order.
     *
     * @throws IllegalArgumentException naming the accepted values, for an empty list or an unknown version
     */
    public static List<ApiVersion> parseList(String list) {
        if (list == null || list.isBlank()) {
            throw new IllegalArgumentException("no API version given; " + accepted());
        }
        if (list.trim().equalsIgnoreCase(ALL)) {
            return List.of(values());
        }
        Set<ApiVersion> chosen = new LinkedHashSet<>();
        for (String part : list.split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            chosen.add(byLabel(part).orElseThrow(() -> new IllegalArgumentException(
                    "unknown API version '" + part.trim() + "'; " + accepted())));
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no API version given; " + accepted());
        }
        return Arrays.stream(values()).filter(chosen::contains).toList();
    }

    /** "accepted: v3, v2024, v2025, v2026, v1, a comma-separated list of them, or all". */
    public static String accepted() {
        return "accepted: " + Arrays.stream(values()).map(ApiVersion::label).collect(Collectors.joining(", "))
                + ", a comma-separated list of them, or " + ALL;
    }
}
