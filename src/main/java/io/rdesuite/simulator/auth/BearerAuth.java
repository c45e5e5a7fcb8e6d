package io.rdesuite.simulator.auth;

import io.rdesuite.simulator.auth.TokenService.InvalidTokenException;
import io.rdesuite.simulator.auth.TokenService.Principal;
import io.rdesuite.simulator.auth.TokenService.TokenChecks;

/**
 * Reads the Authorization header of an API request: "Bearer", white space, and a token this simulator issued.
 * Read by a scan rather than a regular expression: splitting the header with one took a sixth of the simulator's
 * time per request (the whole token is scanned for more white space), measured in docs/benchmarks.md. The header
 * whose token was verified last is remembered with whom it speaks for: the same header again (a client's next
 * request) is compared, not read, hashed and looked up again; its expiry is checked on every request all the same.
 */
public final class BearerAuth {

    private static final String BEARER = "Bearer";

    private final TokenService tokens;
    private volatile Verified last;

    /** A whole Authorization header and whom its token, signature checked, speaks for. */
    private record Verified(String header, Principal principal) {
    }

    public BearerAuth(TokenService tokens) {
        this.tokens = tokens;
    }

    /** Who the request speaks for; the exception's message is the reason the 401 gives. */
    public Principal authenticate(String authorization) throws InvalidTokenException {
        return authenticate(authorization, TokenChecks.ALL);
    }

    public Principal authenticate(String authorization, TokenChecks checks) throws InvalidTokenException {
        Verified recent = last;
        if (recent != null && recent.header().equals(authorization)) {
            return tokens.unexpired(recent.principal(), checks);
        }
        if (authorization == null || authorization.isBlank()) {
            throw new InvalidTokenException("Authorization header is missing");
        }
        String value = authorization.trim();
        int schemeEnd = 0;
        while (schemeEnd < value.length() && !isSpace(value.charAt(schemeEnd))) {
            schemeEnd++;
        }
        if (schemeEnd != BEARER.length() || !value.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new InvalidTokenException("Authorization header is not of type Bearer");
        }
        int tokenStart = schemeEnd;
        while (tokenStart < value.length() && isSpace(value.charAt(tokenStart))) {
            tokenStart++;
        }
        String token = value.substring(tokenStart).trim();
        if (token.isBlank()) {
            throw new InvalidTokenException("JWT is missing");
        }
        Principal principal = tokens.verify(token, checks);
        if (checks.signature()) {
            last = new Verified(authorization, principal);
        }
        return principal;
    }

    /** White space as a regular expression's \s: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
