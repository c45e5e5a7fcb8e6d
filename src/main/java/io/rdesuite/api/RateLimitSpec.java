package io.rdesuite.api;

import java.time.Duration;
import java.util.Locale;

/** "N requests per window", written N/DURATION (100/10s), or off. */
public record RateLimitSpec(int requests, Duration window) {

    public static final RateLimitSpec OFF = new RateLimitSpec(0, Duration.ZERO);
    public static final RateLimitSpec DOCUMENTED_DEFAULT = new RateLimitSpec(100, Duration.ofSeconds(10));

    public boolean isOff() {
        return requests <= 0;
    }

    public static RateLimitSpec parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("off") || t.equals("none")) {
            return OFF;
        }
        int slash = t.indexOf('/');
        try {
            if (slash > 0) {
                int n = Integer.parseInt(t.substring(0, slash).trim());
                Duration w = Durations.parse(t.substring(slash + 1));
                if (n > 0 && !w.isNegative() && !w.isZero()) {
                    return new RateLimitSpec(n, w);
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the one message below
        }
        throw new IllegalArgumentException("'" + text + "' is not a rate limit; use N/DURATION (e.g. 100/10s) or off");
    }

    @Override
    public String toString() {
        return isOff() ? "off" : requests + "/" + Durations.format(window);
    }
}
