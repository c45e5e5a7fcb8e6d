package io.rdesuite.config;

import java.util.Objects;

/** An OAuth client (or personal access token) id and secret. toString never shows the secret. */
public record ClientCredentials(String id, String secret) {

    public ClientCredentials {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "ClientCredentials[id=" + id + ", secret=<redacted>]";
    }
}
