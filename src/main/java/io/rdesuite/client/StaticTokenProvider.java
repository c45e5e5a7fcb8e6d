package io.rdesuite.client;

import java.util.Objects;

/** A token given from outside (SAIL_ACCESS_TOKEN, or a deliberately expired or forged one in a scenario). */
public final class StaticTokenProvider implements TokenProvider {

    private final String token;

    public StaticTokenProvider(String token) {
        this.token = Objects.requireNonNull(token, "token");
    }

    @Override
    public String accessToken() {
        return token;
    }

    @Override
    public void invalidate() {
        // A fixed token cannot be renewed.
    }

    @Override
    public String toString() {
        return "StaticTokenProvider[token=<redacted>]";
    }
}
