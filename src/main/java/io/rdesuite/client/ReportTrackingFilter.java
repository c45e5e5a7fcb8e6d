package io.rdesuite.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportType;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.Optional;

/**
 * Records in a {@link ReportTracker} what the requests passing through say about reports: started (startReport
 * answered 200), ended (a /result with a status, a cancel answered 204). Runs first, so it sees the answer its
 * caller gets (after any retry of the filters behind it); never changes a request or an answer.
 */
final class ReportTrackingFilter implements OrderedFilter {

    private final ReportTracker tracker;
    private final String owner;

    ReportTrackingFilter(ReportTracker tracker, String owner) {
        this.tracker = tracker;
        this.owner = owner;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        if (response != null) {
            record(request.getMethod(), request.getURI(), response);
        }
        return response;
    }

    private void record(String method, String uri, Response response) {
        String path = apiPath(uri);
        Optional<Operation> operation = path.isEmpty() ? Optional.empty() : Operation.match(method, path);
        if (operation.isEmpty()) {
            return;
        }
        int status = response.statusCode();
        switch (operation.get()) {
            case START_REPORT -> {
                if (status == 200) {
                    JsonNode task = body(response);
                    tracker.started(text(task, "id"), type(text(task, "reportType")), owner);
                }
            }
            case CANCEL_REPORT -> {
                if (status == 204) {
                    tracker.ended(idIn(path));
                }
            }
            case GET_REPORT_RESULT -> {
                if (status == 200 && text(body(response), "status") != null) {
                    tracker.sawEnd(idIn(path));
                }
            }
            default -> { }
        }
    }

    /** The path from the version's base on (a target's base URI may have a path of its own). */
    private static String apiPath(String uri) {
        String path = URI.create(uri).getRawPath();
        return ApiVersion.ofPath(path).map(v -> path.substring(path.indexOf(v.basePath()))).orElse("");
    }

    /** The {id} of /v3/reports/{id}/result and /v3/reports/{id}/cancel. */
    private static String idIn(String path) {
        String[] segments = path.split("/");
        return segments.length >= 2 ? segments[segments.length - 2] : null;
    }

    private static JsonNode body(Response response) {
        try {
            return Json.mapper().readTree(response.asByteArray());
        } catch (Exception notJson) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static ReportType type(String name) {
        try {
            return name == null ? null : ReportType.valueOf(name);
        } catch (IllegalArgumentException undocumented) {
            return null;
        }
    }
}
