package io.rdesuite.simulator.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long finished reports (completed, failed, terminated) are kept: until {@code age} has passed since they
 * ended or until {@code count} reports ended after them, whichever comes first. Running reports are always kept.
 * Written {@code 1h,10000}: an age with its unit (ms, s, m, h), a count (a whole number), or both.
 */
public record Retention(Duration age, int count) {

    public static final Retention DEFAULT = new Retention(Duration.ofHours(1), 10_000);

    private static final Pattern AGE = Pattern.compile("(\\d{1,12})\\s*(ms|s|m|h)");
    private static final Pattern COUNT = Pattern.compile("\\d{1,10}");
    private static final String FORM = "use an age (e.g. 1h, 30m), a count of finished reports (e.g. 10000) "
            + "or both (1h,10000)";

    public Retention {
        if (age == null || age.isNegative() || age.isZero()) {
            throw new IllegalArgumentException("the retention age must be positive; " + FORM);
        }
        if (count < 1) {
            throw new IllegalArgumentException("the retention count must be at least 1; " + FORM);
        }
    }

    /** Parses {@code 1h}, {@code 10000} or {@code 1h,10000}; the part left out keeps its value in {@code base}. */
    public static Retention parse(String text, Retention base) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a retention is required; " + FORM);
        }
        Duration age = null;
        Integer count = null;
        for (String part : text.split(",", -1)) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            Matcher m = AGE.matcher(p);
            if (m.matches() && age == null) {
                age = age(Long.parseLong(m.group(1)), m.group(2));
            } else if (COUNT.matcher(p).matches() && count == null && Long.parseLong(p) <= Integer.MAX_VALUE) {
                count = Integer.parseInt(p);
            } else {
                throw new IllegalArgumentException("'" + text + "' is not a retention; " + FORM);
            }
        }
        return new Retention(age == null ? base.age() : age, count == null ? base.count() : count);
    }

    public static Retention parse(String text) {
        return parse(text, DEFAULT);
    }

    /** True when a report that ended at {@code endedAt} is no longer kept at {@code now} by its age. */
    public boolean expiredAt(Instant endedAt, Instant now) {
        return !endedAt.plus(age).isAfter(now);
    }

    private static Duration age(long amount, String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    /** The written form, {@code 1h,10000}, with the age in its largest whole unit. */
    @Override
    public String toString() {
        long ms = age.toMillis();
        String written;
        if (ms % 3_600_000 == 0) {
            written = ms / 3_600_000 + "h";
        } else if (ms % 60_000 == 0) {
            written = ms / 60_000 + "m";
        } else if (ms % 1_000 == 0) {
            written = ms / 1_000 + "s";
        } else {
            written = ms + "ms";
        }
        return written + "," + count;
    }
}
