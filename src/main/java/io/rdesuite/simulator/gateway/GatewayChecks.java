package io.rdesuite.simulator.gateway;

import io.rdesuite.api.Operation;
import io.rdesuite.simulator.auth.TokenService.InvalidTokenException;
import io.rdesuite.simulator.auth.TokenService.Principal;
import io.rdesuite.simulator.faults.FaultInjector.Fault;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;

/**
 * The checks the {@link Gateway} makes before every operation. {@link HonestChecks} makes them as the service
 * does; the deliberate defects wrap them to waive one or another.
 */
public interface GatewayChecks {

    /** Who the request speaks for; the exception's message is the reason the 401 gives. */
    Principal authenticate(ApiRequest request) throws InvalidTokenException;

    /** Counts the request against the client's limit: null within it, else the 429 to answer. */
    ApiResponse rateLimit(Principal principal);

    /** True when the token carries one of the operation's scopes. */
    boolean mayCall(Principal principal, Operation operation);

    /** Takes one use of a fault armed for the operation, or null. */
    Fault takeFault(Operation operation);
}
