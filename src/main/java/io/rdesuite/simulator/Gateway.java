package io.rdesuite.simulator;

import io.rdesuite.api.Defect;

import io.rdesuite.simulator.auth.TokenService;
import io.rdesuite.simulator.auth.TokenService.InvalidTokenException;
import io.rdesuite.simulator.auth.TokenService.Principal;
import io.rdesuite.simulator.faults.FaultInjector.Fault;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import io.rdesuite.simulator.ratelimit.RateLimiter;
import java.time.Instant;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What stands before every /v3 operation, in this order: authentication (401), the rate limit (429), the
 * operation's scopes (403), armed faults, then the operation itself (which answers 400, 404 or success).
 */
final class Gateway {

    private final SimulatorState state;

    Gateway(SimulatorState state) {
        this.state = state;
    }

    ApiResponse handle(String operationId, Set<String> scopes, ApiRequest request,
                       BiFunction<ApiRequest, Principal, ApiResponse> operation) {
        Principal principal;
        try {
            principal = authenticate(request.header("Authorization"));
        } catch (InvalidTokenException e) {
            if (!state.defects.has(Defect.AUTH_NOT_CHECKED)) {
                return state.errors.unauthorized(e.getMessage());
            }
            ClientRegistration first = state.config.clients().get(0);
            principal = new Principal(first.clientId(), Set.of(ClientRegistration.READ, ClientRegistration.MANAGE),
                    Instant.MAX, "unchecked");
        }
        if (!state.defects.has(Defect.RATE_LIMIT_NOT_ENFORCED)) {
            RateLimiter.Decision decision = state.rateLimiter.tryAcquire(principal.clientId());
            if (!decision.allowed()) {
                return rateLimited(decision);
            }
        }
        if (!state.defects.has(Defect.SCOPES_NOT_CHECKED) && principal.scopes().stream().noneMatch(scopes::contains)) {
            return state.errors.forbidden();
        }
        Fault fault = state.defects.has(Defect.ARMED_FAULTS_IGNORED) ? null : state.faults.take(operationId);
        if (fault != null && fault.status() > 0) {
            return state.errors.internalFault(fault.status()).delay(fault.latencyMs());
        }
        ApiResponse response = operation.apply(request, principal);
        return fault == null ? response : response.delay(fault.latencyMs());
    }

    private Principal authenticate(String authorization) throws InvalidTokenException {
        if (authorization == null || authorization.isBlank()) {
            throw new InvalidTokenException("Authorization header is missing");
        }
        String[] parts = authorization.trim().split("\\s+", 2);
        if (!parts[0].equalsIgnoreCase("Bearer")) {
            throw new InvalidTokenException("Authorization header is not of type Bearer");
        }
        if (parts.length < 2 || parts[1].isBlank()) {
            throw new InvalidTokenException("JWT is missing");
        }
        TokenService tokens = state.tokens;
        return tokens.verify(parts[1].trim(), !state.defects.has(Defect.SIGNATURE_NOT_CHECKED),
                !state.defects.has(Defect.EXPIRED_TOKENS_ACCEPTED));
    }

    private ApiResponse rateLimited(RateLimiter.Decision decision) {
        ApiResponse response = state.errors.rateLimited();
        if (state.defects.has(Defect.RETRY_AFTER_MISSING)) {
            return response;
        }
        long seconds = decision.retryAfterSeconds();
        if (state.defects.has(Defect.RETRY_AFTER_TOO_SHORT)) {
            seconds = Math.max(0, seconds - 1);
        }
        return response.header("Retry-After", Long.toString(seconds));
    }
}
