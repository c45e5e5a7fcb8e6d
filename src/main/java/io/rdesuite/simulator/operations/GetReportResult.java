package io.rdesuite.simulator.operations;

import io.rdesuite.simulator.auth.TokenService.Principal;
import io.rdesuite.simulator.gateway.OperationHandler;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import io.rdesuite.simulator.http.ErrorBodies;
import io.rdesuite.simulator.reports.ReportEngine;
import io.rdesuite.simulator.reports.Task;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * GET /v3/reports/{taskResultId}/result: the report's ReportResults; for an id with no task the document's
 * "empty report result", an empty object.
 */
public record GetReportResult(ReportEngine engine, ReportViews views) implements OperationHandler {

    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    @Override
    public ApiResponse handle(ApiRequest request, Principal principal) {
        String completed = request.queryParam("completed");
        if (completed != null && !Parameters.isBoolean(completed)) {
            return ErrorBodies.badRequest(ErrorBodies.ILLEGAL_VALUE,
                    "completed must be true or false, not '" + completed + "'");
        }
        Optional<Task> task = engine.find(request.pathParam("taskResultId"));
        byte[] result = task.isPresent() ? views.resultBytes(task.get(), engine.now()) : null;
        return new ApiResponse(200, ApiResponse.JSON, result == null ? EMPTY_OBJECT : result);
    }
}
