package io.rdesuite.simulator.gateway;

import io.rdesuite.api.Operation;
import io.rdesuite.simulator.Assumptions.CheckOrder;
import io.rdesuite.simulator.auth.TokenService.InvalidTokenException;
import io.rdesuite.simulator.auth.TokenService.Principal;
import io.rdesuite.simulator.faults.FaultInjector.Fault;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import io.rdesuite.simulator.http.ErrorBodies;
import java.util.function.Supplier;

/**
 * What stands before every API operation, in this order: authentication (401), the rate limit (429), the
 * operation's scopes (403), armed faults (their status, or only their latency), then the operation itself. The
 * order of 429 and 403 is a setting ({@link CheckOrder}): scopes first, a refused request does not count.
 */
public final class Gateway {

    private final GatewayChecks checks;
    private final Supplier<CheckOrder> order;

    public Gateway(GatewayChecks checks, Supplier<CheckOrder> order) {
        this.checks = checks;
        this.order = order;
    }

    public ApiResponse handle(Operation operation, ApiRequest request, OperationHandler handler) {
        Principal principal;
        try {
            principal = checks.authenticate(request);
        } catch (InvalidTokenException e) {
            return ErrorBodies.unauthorized(e.getMessage());
        }
        boolean forbiddenFirst = order.get() == CheckOrder.FORBIDDEN_FIRST;
        if (forbiddenFirst && !checks.mayCall(principal, operation)) {
            return ErrorBodies.forbidden();
        }
        ApiResponse limited = checks.rateLimit(principal);
        if (limited != null) {
            return limited;
        }
        if (!forbiddenFirst && !checks.mayCall(principal, operation)) {
            return ErrorBodies.forbidden();
        }
        Fault fault = checks.takeFault(operation);
        if (fault != null && fault.status() > 0) {
            return ErrorBodies.internalFault(fault.status()).delay(fault.latencyMs());
        }
        ApiResponse response = handler.handle(request, principal);
        return fault == null ? response : response.delay(fault.latencyMs());
    }
}
