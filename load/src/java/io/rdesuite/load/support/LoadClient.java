package io.rdesuite.load.support;

import io.rdesuite.api.RateLimitSpec;

/** One OAuth client the load runs as, and the limit it is expected to meet. toString never shows the secret. */
public record LoadClient(String id, String secret, RateLimitSpec limit) {

    /** Requests per second the limit allows; infinite when off. */
    public double allowedRate() {
        return limit.isOff() ? Double.POSITIVE_INFINITY
                : limit.requests() / (limit.window().toMillis() / 1000.0);
    }

    @Override
    public String toString() {
        return id + " (" + limit + ")";
    }
}
