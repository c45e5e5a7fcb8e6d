package io.rdesuite.simulator.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The bearer token the control API asks for when it is protected. It is compared in constant time (the SHA-256
 * digests of both sides, so neither the length nor a common prefix shows in the time taken) and never shown:
 * {@link #toString()} is redacted and no message repeats it.
 */
public final class ControlToken {

    /** Shorter tokens are refused: a control token guards state, defects and token minting on a network. */
    public static final int MIN_LENGTH = 16;
    private static final String BEARER = "bearer ";

    private final byte[] digest;

    private ControlToken(String token) {
        this.digest = sha256(token);
    }

    /**
     * A token of at least {@value #MIN_LENGTH} visible ASCII characters (no spaces), as it can travel in a header.
     * The exception's message never contains the token.
     */
    public static ControlToken of(String token) {
        if (token == null || token.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the control token must be at least " + MIN_LENGTH
                    + " characters long (e.g. openssl rand -hex 16)");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new IllegalArgumentException("the control token may hold only visible ASCII characters, "
                        + "no spaces (e.g. openssl rand -hex 16)");
            }
        }
        return new ControlToken(token);
    }

    /** True when {@code authorization} is "Bearer TOKEN" (the scheme in any case) with this token. */
    public boolean admits(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(authorization.substring(BEARER.length()).trim()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ControlToken t && MessageDigest.isEqual(digest, t.digest);
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "ControlToken[<redacted>]";
    }
}
