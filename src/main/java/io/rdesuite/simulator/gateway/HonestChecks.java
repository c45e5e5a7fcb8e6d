package io.rdesuite.simulator.gateway;

import io.rdesuite.api.Operation;
import io.rdesuite.simulator.auth.BearerAuth;
import io.rdesuite.simulator.auth.TokenService.InvalidTokenException;
import io.rdesuite.simulator.auth.TokenService.Principal;
import io.rdesuite.simulator.faults.FaultInjector.Fault;
import io.rdesuite.simulator.faults.FaultInjector;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import io.rdesuite.simulator.ratelimit.RateLimiter;

/** The gateway's checks as the service makes them: bearer token, rate limit per client, scopes, armed faults. */
public final class HonestChecks implements GatewayChecks {

    private final BearerAuth bearer;
    private final RateLimiter rateLimiter;
    private final FaultInjector faults;

    public HonestChecks(BearerAuth bearer, RateLimiter rateLimiter, FaultInjector faults) {
        this.bearer = bearer;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
    }

    @Override
    public Principal authenticate(ApiRequest request) throws InvalidTokenException {
        return bearer.authenticate(request.header("Authorization"));
    }

    @Override
    public ApiResponse rateLimit(Principal principal) {
        return rateLimiter.admit(principal.clientId());
    }

    @Override
    public boolean mayCall(Principal principal, Operation operation) {
        return principal.hasAnyOf(operation.scopes());
    }

    @Override
    public Fault takeFault(Operation operation) {
        return faults.take(operation.id());
    }
}
