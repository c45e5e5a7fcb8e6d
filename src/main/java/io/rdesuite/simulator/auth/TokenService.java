package io.rdesuite.simulator.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.rdesuite.simulator.ClientRegistration;
import io.rdesuite.simulator.Ids;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Issues and checks the HS256 access tokens, with a key made anew for every simulator instance. */
public final class TokenService {

    public static final String TENANT_ID = "2c9180835d2e5168015d32f890ca1581";
    public static final String POD = "sim01-useast1";
    public static final String ORG = "simulated-tenant";

    private static final int CACHE_LIMIT = 10_000;

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Clock clock;
    /** Tokens whose signature and claims were checked, and whom they speak for: a signature is checked once. */
    private final Map<String, Principal> verified = new ConcurrentHashMap<>();

    public TokenService(Clock clock) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            this.signer = new MACSigner(key);
            this.verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot set up the token key", e);
        }
        this.clock = clock;
    }

    /** Who a valid token speaks for. */
    public record Principal(String clientId, Set<String> scopes, Instant expiresAt, String jti) {

        /** True when the token carries any of the scopes (those of an operation). */
        public boolean hasAnyOf(Set<String> wanted) {
            for (String scope : scopes) {
                if (wanted.contains(scope)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Which of a token's properties {@link #verify} checks; the service checks both. */
    public record TokenChecks(boolean signature, boolean expiry) {
        public static final TokenChecks ALL = new TokenChecks(true, true);
    }

    public record IssuedToken(String accessToken, Principal principal, long expiresInSeconds) {
    }

    public IssuedToken issue(ClientRegistration client, Duration ttl) {
        Instant now = clock.instant();
        Instant exp = now.plus(ttl);
        String jti = Ids.hex32();
        List<String> scopes = List.copyOf(client.scopes());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("tenant_id", TENANT_ID)
                .claim("pod", POD)
                .claim("org", ORG)
                .claim("internal", false)
                .claim("client_id", client.clientId())
                .claim("scope", scopes)
                .claim("authorities", List.of("API"))
                .issuer("http://" + ORG + ".simulated.invalid")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(exp))
                .jwtID(jti)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return new IssuedToken(jwt.serialize(), new Principal(client.clientId(), client.scopes(), exp, jti),
                ttl.toSeconds());
    }

    /** Why a bearer token was refused; the text follows "JWT validation failed: ". */
    public static final class InvalidTokenException extends Exception {
        public InvalidTokenException(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Who the token speaks for, after the given checks; its format and claims are always checked. */
    public Principal verify(String token, TokenChecks checks) throws InvalidTokenException {
        Principal principal = verified.get(token);
        if (principal == null) {
            principal = parse(token, checks.signature());
            if (checks.signature()) {
                if (verified.size() > CACHE_LIMIT) {
                    verified.clear();
                }
                verified.put(token, principal);
            }
        }
        return unexpired(principal, checks);
    }

    /** The principal of a token verified before, when it has not expired since (or expiry is not checked). */
    public Principal unexpired(Principal principal, TokenChecks checks) throws InvalidTokenException {
        if (checks.expiry() && !clock.instant().isBefore(principal.expiresAt())) {
            throw new InvalidTokenException("JWT is expired");
        }
        return principal;
    }

    private Principal parse(String token, boolean checkSignature) throws InvalidTokenException {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            throw new InvalidTokenException("JWT is malformed");
        }
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new InvalidTokenException("JWT algorithm is not accepted");
        }
        try {
            if (checkSignature && !jwt.verify(verifier)) {
                throw new InvalidTokenException("JWT signature does not match");
            }
        } catch (JOSEException e) {
            throw new InvalidTokenException("JWT signature does not match");
        }
        Object clientId = claims.getClaim("client_id");
        Date exp = claims.getExpirationTime();
        if (!(clientId instanceof String) || exp == null) {
            throw new InvalidTokenException("JWT is missing required claims");
        }
        Set<String> scopes = new LinkedHashSet<>();
        Object scope = claims.getClaim("scope");
        if (scope instanceof List<?> list) {
            list.forEach(s -> scopes.add(String.valueOf(s)));
        } else if (scope instanceof String s) {
            scopes.addAll(List.of(s.split(" ")));
        }
        return new Principal((String) clientId, Set.copyOf(scopes), exp.toInstant(), claims.getJWTID());
    }
}
