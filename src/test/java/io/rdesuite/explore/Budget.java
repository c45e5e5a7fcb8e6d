package io.rdesuite.explore;

import io.rdesuite.api.Durations;
import io.rdesuite.config.ConfigurationException;
import io.rdesuite.config.Settings;
import java.time.Duration;
import java.util.Optional;

/**
 * What one exploration may spend: requests sent to the API (token calls aside), reports started, wall-clock time,
 * and the seed its sequences and inputs are drawn from. {@code -Dreports.explore.requests=N},
 * {@code -Dreports.explore.reports=N}, {@code -Dreports.explore.time=DURATION} (e.g. 30s, 2m) and
 * {@code -Dreports.explore.seed=N}; whichever runs out first ends the run. On a tenant the requests are also paced
 * to stay inside the documented rate limit ({@link Wire}).
 */
public record Budget(long seed, int requests, int reports, Duration time) {

    public static final String SEED = "reports.explore.seed";
    public static final String REQUESTS = "reports.explore.requests";
    public static final String REPORTS = "reports.explore.reports";
    public static final String TIME = "reports.explore.time";
    /** The seed of the default build: a fixed one, so that a red build is red again on a rerun. */
    public static final long DEFAULT_SEED = 20261207L;

    /** The default build against the in-process simulator: seconds. */
    public static final Budget EMBEDDED = new Budget(DEFAULT_SEED, 1_500, 400, Duration.ofSeconds(5));
    /**
     * The self-checks' budget: the default build's requests and reports, and time enough for them on a busy machine,
     * so that what a seed explores does not depend on the machine's speed.
     */
    public static final Budget SELF_CHECK = EMBEDDED.withTime(Duration.ofSeconds(60));
    /** On a tenant: a few minutes' worth of the documented limit, few reports. */
    public static final Budget TENANT = new Budget(DEFAULT_SEED, 400, 12, Duration.ofSeconds(90));

    public Budget {
        if (requests < 1 || reports < 0 || time.isNegative() || time.isZero()) {
            throw new ConfigurationException("an exploration budget needs requests >= 1, reports >= 0 and a positive"
                    + " time, not " + requests + ", " + reports + ", " + time);
        }
    }

    /** The budget the settings give, each setting left out taking its value from {@code defaults}. */
    public static Budget from(Settings settings, Budget defaults) {
        long seed = settings.get(SEED).map(Budget::seed).orElse(defaults.seed());
        int requests = settings.getInt(REQUESTS, defaults.requests());
        int reports = settings.getInt(REPORTS, defaults.reports());
        Duration time = settings.get(TIME).map(Budget::duration).orElse(defaults.time());
        return new Budget(seed, requests, reports, time);
    }

    public Budget withSeed(long seed) {
        return new Budget(seed, requests, reports, time);
    }

    public Budget withTime(Duration time) {
        return new Budget(seed, requests, reports, time);
    }

    public Budget withRequests(int requests) {
        return new Budget(seed, requests, reports, time);
    }

    private static long seed(String text) {
        if (text.trim().equalsIgnoreCase("random")) {
            return System.nanoTime();
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new ConfigurationException(SEED + " takes a whole number or 'random', not '" + text + "'");
        }
    }

    private static Duration duration(String text) {
        Optional<Duration> parsed;
        try {
            parsed = Optional.of(Durations.parse(text));
        } catch (IllegalArgumentException e) {
            parsed = Optional.empty();
        }
        return parsed.orElseThrow(() -> new ConfigurationException(TIME + " takes a duration such as 30s or 2m, not '"
                + text + "'"));
    }
}
