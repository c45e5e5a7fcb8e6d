package io.rdesuite.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How often to retry 429, 502, 503 and 504 answers. A Retry-After header sets the wait; without one the wait
 * doubles from {@code initialBackoff}. Retrying stops after {@code maxRetries}, or earlier when the next wait would
 * take the total past {@code maxTotalWait}: then the last answer is what the caller sees. The defaults mirror the
 * official Go SDK (4 retries).
 */
public record RetryPolicy(int maxRetries, Duration maxTotalWait, Duration initialBackoff) {

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative");
        }
        Objects.requireNonNull(maxTotalWait, "maxTotalWait");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        if (maxTotalWait.isNegative() || initialBackoff.isNegative()) {
            throw new IllegalArgumentException("waits must not be negative");
        }
    }

    public RetryPolicy(int maxRetries, Duration maxTotalWait) {
        this(maxRetries, maxTotalWait, Duration.ofSeconds(1));
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofSeconds(60));
    }

    /** Every answer is final: scenarios that check 429 or 5xx themselves use this. */
    public static RetryPolicy none() {
        return new RetryPolicy(0, Duration.ZERO, Duration.ZERO);
    }

    /** The wait before retry number {@code retry} (0-based) when the answer has no Retry-After. */
    public Duration backoff(int retry) {
        return initialBackoff.multipliedBy(1L << Math.min(retry, 30));
    }

    public static boolean isRetryable(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }
}
