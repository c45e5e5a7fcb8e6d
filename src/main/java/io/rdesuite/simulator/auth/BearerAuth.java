package io.rdesuite.simulator.auth;

import io.rdesuite.simulator.auth.TokenService.InvalidTokenException;
import io.rdesuite.simulator.auth.TokenService.Principal;
import io.rdesuite.simulator.auth.TokenService.TokenChecks;

/** Reads the Authorization header of an API request: "Bearer" and a token this simulator issued. */
public final class BearerAuth {

    private final TokenService tokens;

    public BearerAuth(TokenService tokens) {
        this.tokens = tokens;
    }

    /** Who the request speaks for; the exception's message is the reason the 401 gives. */
    public Principal authenticate(String authorization) throws InvalidTokenException {
        return authenticate(authorization, TokenChecks.ALL);
    }

    public Principal authenticate(String authorization, TokenChecks checks) throws InvalidTokenException {
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
        return tokens.verify(parts[1].trim(), checks);
    }
}
