package io.rdesuite.simulator.gateway;

import io.rdesuite.simulator.auth.TokenService.Principal;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;

/** One API operation, called once the gateway let the request through: it answers 400, 404 or its success. */
@FunctionalInterface
public interface OperationHandler {
    ApiResponse handle(ApiRequest request, Principal principal);
}
