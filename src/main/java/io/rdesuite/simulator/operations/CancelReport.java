package io.rdesuite.simulator.operations;

import io.rdesuite.simulator.Ids;
import io.rdesuite.simulator.auth.TokenService.Principal;
import io.rdesuite.simulator.gateway.OperationHandler;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import io.rdesuite.simulator.http.ErrorBodies;
import io.rdesuite.simulator.reports.ReportEngine;
import io.rdesuite.simulator.reports.Task;
import java.util.Optional;

/** POST /v3/reports/{id}/cancel: a running report ends TERMINATED, a finished one stays as it is; 204 either way. */
public record CancelReport(ReportEngine engine) implements OperationHandler {

    @Override
    public ApiResponse handle(ApiRequest request, Principal principal) {
        String id = request.pathParam("id");
        if (!Ids.isHex32(id)) {
            return ErrorBodies.badRequest(ErrorBodies.ILLEGAL_VALUE,
                    "'" + id + "' is not a task result id (32 hex characters)");
        }
        Optional<Task> task = engine.find(id);
        if (task.isEmpty()) {
            return ErrorBodies.badRequest(ErrorBodies.ILLEGAL_VALUE, "No report task with id " + id);
        }
        engine.cancel(task.get());
        return ApiResponse.empty(204);
    }
}
