package io.rdesuite.client;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.rdesuite.api.ClockTimeMeter;
import io.rdesuite.api.RateLimitSpec;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The requests every wait for a report on one target may send together (its polls of /result, and the probes of
 * its file): a Bucket4j bucket shared by all the waits of the target in this JVM, so that 30 waits at once poll no
 * faster than one budget allows. The default, {@link #DEFAULT} (40 requests per 10 s, at most 10 at once), stays
 * well inside the documented limit of 100 requests per 10 s per client and leaves the rest to the scenarios' own
 * requests: in any 10 s the waits send at most 50. A wait that finds the budget spent takes the next token as it
 * comes (a reservation, so waits are served in turn), sleeping through the client's {@link Sleeper}.
 */
public final class PollBudget {

    /** 40 requests per 10 s per target. */
    public static final RateLimitSpec DEFAULT = new RateLimitSpec(40, Duration.ofSeconds(10));

    private static final Map<URI, PollBudget> BY_TARGET = new ConcurrentHashMap<>();

    private final RateLimitSpec spec;
    private final Bucket bucket;

    private PollBudget(RateLimitSpec spec, Clock clock) {
        if (spec.isOff() || spec.requests() < 1) {
            throw new IllegalArgumentException("a poll budget needs at least one request per window, not " + spec);
        }
        this.spec = spec;
        long burst = Math.max(1, spec.requests() / 4);
        this.bucket = Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(spec.requests(), spec.window()))
                .withCustomTimePrecision(new ClockTimeMeter(clock))
                .build();
    }

    /** The budget of the target at {@code baseUri} in this JVM ({@link #DEFAULT}, on the system clock). */
    public static PollBudget forTarget(URI baseUri) {
        return BY_TARGET.computeIfAbsent(Objects.requireNonNull(baseUri), uri -> of(DEFAULT, Clock.systemUTC()));
    }

    /** A budget of its own, read on {@code clock} (tests move a clock instead of waiting). */
    public static PollBudget of(RateLimitSpec spec, Clock clock) {
        return new PollBudget(spec, clock);
    }

    public RateLimitSpec spec() {
        return spec;
    }

    /**
     * Takes one request from the budget, sleeping through {@code sleeper} until it is there.
     *
     * @throws IllegalStateException when interrupted (the interrupt flag is set again)
     */
    public void take(Sleeper sleeper) {
        try {
            bucket.asBlocking().consume(1, new SleeperStrategy(sleeper));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the poll budget", e);
        }
    }

    /** Lets Bucket4j sleep through the client's sleeper (a test's records the wait and moves its clock). */
    private record SleeperStrategy(Sleeper sleeper) implements BlockingStrategy {
        @Override
        public void park(long nanosToPark) throws InterruptedException {
            if (nanosToPark > 0) {
                sleeper.sleep(Duration.ofNanos(nanosToPark));
            }
        }
    }

}
