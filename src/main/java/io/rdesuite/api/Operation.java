package io.rdesuite.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The four Reports Data Extraction operations: the one table every part of the project reads (client,
 * scenarios, contracts, load, simulator). The documented statuses equal the project's OpenAPI copy, which a test
 * proves ({@code OperationTableTest}).
 */
public enum Operation {
    START_REPORT("startReport", "POST", "/run", 200, Scopes.MANAGE_ONLY,
            List.of(200, 400, 401, 403, 429, 500)),
    GET_REPORT_RESULT("getReportResult", "GET", "/{taskResultId}/result", 200, Scopes.READ_OR_MANAGE,
            List.of(200, 400, 401, 403, 429, 500)),
    GET_REPORT("getReport", "GET", "/{taskResultId}", 200, Scopes.READ_OR_MANAGE,
            List.of(200, 400, 401, 403, 404, 429, 500)),
    CANCEL_REPORT("cancelReport", "POST", "/{id}/cancel", 204, Scopes.MANAGE_ONLY,
            List.of(204, 400, 401, 403, 429, 500));

    private final String id;
    private final String method;
    private final String relativeTemplate;
    private final int successStatus;
    private final Set<String> scopes;
    private final List<Integer> documentedStatuses;

    Operation(String id, String method, String relativeTemplate, int successStatus, Set<String> scopes,
              List<Integer> documentedStatuses) {
        this.id = id;
        this.method = method;
        this.relativeTemplate = relativeTemplate;
        this.successStatus = successStatus;
        this.scopes = scopes;
        this.documentedStatuses = documentedStatuses;
    }

    /** The operationId, e.g. startReport. */
    public String id() {
        return id;
    }

    /** The HTTP method in upper case. */
    public String method() {
        return method;
    }

    /** The v3 path template, e.g. /v3/reports/{taskResultId}/result. */
    public String template() {
        return template(ApiVersion.V3);
    }

    public String template(ApiVersion version) {
        return version.basePath() + relativeTemplate;
    }

    /** The v3 path with its one parameter (if any) filled in. */
    public String path(String idParam) {
        return path(ApiVersion.V3, idParam);
    }

    public String path(ApiVersion version, String idParam) {
        String template = template(version);
        int open = template.indexOf('{');
        return open < 0 ? template : template.substring(0, open) + idParam + template.substring(template.indexOf('}') + 1);
    }

    /** The name of the path parameter (taskResultId or id), or null for startReport. */
    public String pathParameter() {
        int open = relativeTemplate.indexOf('{');
        return open < 0 ? null : relativeTemplate.substring(open + 1, relativeTemplate.indexOf('}'));
    }

    /** 200, or 204 for cancelReport. */
    public int successStatus() {
        return successStatus;
    }

    /** A token with any of these scopes may call the operation. */
    public Set<String> scopes() {
        return scopes;
    }

    /** True when only sp:report:manage may call it (startReport, cancelReport). */
    public boolean needsManage() {
        return !scopes.contains(Scopes.READ);
    }

    /** The status codes the document lists for the operation, ascending. */
    public List<Integer> documentedStatuses() {
        return documentedStatuses;
    }

    public boolean documents(int status) {
        return documentedStatuses.contains(status);
    }

    public static Optional<Operation> byId(String operationId) {
        return Arrays.stream(values()).filter(o -> o.id.equals(operationId)).findFirst();
    }

    /** The operationId in {@code version}'s document: startReport, or startReportV1 in v1. */
    public String id(ApiVersion version) {
        return version.operationId(this);
    }

    /**
     * The operation a request is, from its method and path (no query; a trailing slash is allowed), in whichever
     * version's path family the path belongs to.
     */
    public static Optional<Operation> match(String method, String path) {
        return ApiVersion.ofPath(path).flatMap(v -> match(v, method, path.substring(path.indexOf(v.basePath()))));
    }

    public static Optional<Operation> match(ApiVersion version, String method, String path) {
        String m = method.toUpperCase(Locale.ROOT);
        String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        Operation best = null;
        for (Operation o : values()) {
            if (o.method.equals(m) && o.fits(o.template(version), p)
                    && (best == null || o.literalSegments() > best.literalSegments())) {
                best = o;
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean fits(String template, String path) {
        String[] t = template.split("/");
        String[] s = path.split("/", -1);
        if (t.length != s.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            boolean parameter = t[i].startsWith("{");
            if (parameter ? s[i].isEmpty() : !t[i].equals(s[i])) {
                return false;
            }
        }
        return true;
    }

    private int literalSegments() {
        return (int) Arrays.stream(relativeTemplate.split("/")).filter(s -> !s.isEmpty() && !s.startsWith("{")).count();
    }
}
