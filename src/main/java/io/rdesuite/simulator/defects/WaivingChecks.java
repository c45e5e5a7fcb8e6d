package io.rdesuite.simulator.defects;

import io.rdesuite.api.Operation;
import io.rdesuite.api.Scopes;
import io.rdesuite.simulator.ClientRegistration;
import io.rdesuite.simulator.auth.BearerAuth;
import io.rdesuite.simulator.auth.TokenService.InvalidTokenException;
import io.rdesuite.simulator.auth.TokenService.Principal;
import io.rdesuite.simulator.auth.TokenService.TokenChecks;
import io.rdesuite.simulator.defects.Effect.Check;
import io.rdesuite.simulator.faults.FaultInjector.Fault;
import io.rdesuite.simulator.gateway.GatewayChecks;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import java.time.Instant;
import java.util.Set;

/** The gateway's honest checks, each skipped while a defect waives it. */
final class WaivingChecks implements GatewayChecks {

    private final GatewayChecks honest;
    private final BearerAuth bearer;
    private final ActiveDefects defects;
    private final Principal unchecked;

    /** {@code anyClient} is whom a request speaks for when authentication is waived (with every report scope). */
    WaivingChecks(GatewayChecks honest, BearerAuth bearer, ActiveDefects defects, ClientRegistration anyClient) {
        this.honest = honest;
        this.bearer = bearer;
        this.defects = defects;
        this.unchecked = new Principal(anyClient.clientId(), Set.of(Scopes.READ, Scopes.MANAGE), Instant.MAX,
                "unchecked");
    }

    @Override
    public Principal authenticate(ApiRequest request) throws InvalidTokenException {
        Set<Check> waived = defects.snapshot().waived();
        if (waived.isEmpty()) {
            return honest.authenticate(request);
        }
        try {
            return bearer.authenticate(request.header("Authorization"), new TokenChecks(
                    !waived.contains(Check.TOKEN_SIGNATURE), !waived.contains(Check.TOKEN_EXPIRY)));
        } catch (InvalidTokenException e) {
            if (waived.contains(Check.AUTHENTICATION)) {
                return unchecked;
            }
            throw e;
        }
    }

    @Override
    public ApiResponse rateLimit(Principal principal) {
        return waives(Check.RATE_LIMIT) ? null : honest.rateLimit(principal);
    }

    @Override
    public boolean mayCall(Principal principal, Operation operation) {
        return waives(Check.SCOPES) || honest.mayCall(principal, operation);
    }

    @Override
    public Fault takeFault(Operation operation) {
        return waives(Check.ARMED_FAULTS) ? null : honest.takeFault(operation);
    }

    private boolean waives(Check check) {
        return defects.snapshot().waived().contains(check);
    }
}
