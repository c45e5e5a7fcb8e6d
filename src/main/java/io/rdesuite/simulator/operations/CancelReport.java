package io.rdesuite.simulator.operations;

import io.rdesuite.simulator.Assumptions;
import io.rdesuite.simulator.Ids;
import io.rdesuite.simulator.auth.TokenService.Principal;
import io.rdesuite.simulator.gateway.OperationHandler;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import io.rdesuite.simulator.http.ErrorBodies;
import io.rdesuite.simulator.reports.ReportEngine;
import io.rdesuite.simulator.reports.Task;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * POST /v3/reports/{id}/cancel: a running report ends TERMINATED (204). A finished report stays as it is and an id
 * that names no report changes nothing; what each answers is a setting ({@link Assumptions}).
 */
public record CancelReport(ReportEngine engine, Supplier<Assumptions> assumptions) implements OperationHandler {

    @Override
    public ApiResponse handle(ApiRequest request, Principal principal) {
        String id = request.pathParam("id");
        if (!Ids.isHex32(id)) {
            return ErrorBodies.badRequest(ErrorBodies.ILLEGAL_VALUE,
                    "'" + id + "' is not a task result id (32 hex characters)");
        }
        Optional<Task> task = engine.find(id);
        if (task.isEmpty()) {
            return answer(assumptions.get().cancelUnknownId(), "No report task with id " + id);
        }
        if (task.get().phase(engine.now()) != Task.Phase.RUNNING) {
            return answer(assumptions.get().cancelFinished(), "Report task " + id + " has already ended");
        }
        engine.cancel(task.get());
        return ApiResponse.empty(204);
    }

    /** 204 without a body, 404 ErrorResponseDto, or 400 Illegal value with the text. */
    private static ApiResponse answer(int status, String text) {
        return switch (status) {
            case 204 -> ApiResponse.empty(204);
            case 404 -> ErrorBodies.notFound();
            default -> ErrorBodies.badRequest(ErrorBodies.ILLEGAL_VALUE, text);
        };
    }
}
