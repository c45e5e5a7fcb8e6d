package io.rdesuite.simulator.operations;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.auth.TokenService.Principal;
import io.rdesuite.simulator.gateway.OperationHandler;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import io.rdesuite.simulator.http.ErrorBodies;
import io.rdesuite.simulator.http.SimJson;
import io.rdesuite.simulator.reports.ReportEngine;
import io.rdesuite.simulator.reports.Task;
import java.io.IOException;
import java.util.Arrays;

/** POST /v3/reports/run: a ReportDetails body in, the started (or already running) task's TaskResultDetails out. */
public record StartReport(ReportEngine engine, ReportViews views) implements OperationHandler {

    @Override
    public ApiResponse handle(ApiRequest request, Principal principal) {
        if (request.body().length == 0) {
            return ErrorBodies.badRequest(ErrorBodies.REQUIRED_DATA_MISSING, "The request body is required");
        }
        JsonNode body;
        try {
            body = SimJson.read(request.body());
        } catch (IOException e) {
            return ErrorBodies.badRequest(ErrorBodies.BAD_REQUEST_CONTENT, "The request body is not valid JSON");
        }
        if (body == null || !body.isObject()) {
            return ErrorBodies.badRequest(ErrorBodies.BAD_REQUEST_CONTENT, "The request body must be a JSON object");
        }
        JsonNode typeNode = body.get("reportType");
        ReportType type = reportType(typeNode);
        if (type == null && (typeNode == null || typeNode.isNull())) {
            return ErrorBodies.badRequest(ErrorBodies.REQUIRED_DATA_MISSING, "reportType is required");
        }
        if (type == null) {
            return ErrorBodies.badRequest(ErrorBodies.ILLEGAL_VALUE, "reportType '" + typeNode.asText()
                    + "' is not one of " + Arrays.toString(ReportType.values()));
        }
        JsonNode arguments = body.get("arguments");
        ArgumentRules.Violation violation = ArgumentRules.check(type, arguments);
        if (violation != null) {
            return ErrorBodies.badRequest(violation.detailCode(), violation.text());
        }
        Task task = engine.start(type, arguments != null && arguments.isObject() ? arguments : null,
                principal.clientId()).task();
        return ApiResponse.json(200, views.taskView(task, engine.now()));
    }

    /** The report type the node names exactly, or null. */
    public static ReportType reportType(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        return Arrays.stream(ReportType.values()).filter(t -> t.name().equals(node.asText())).findFirst().orElse(null);
    }
}
