package io.rdesuite.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one reader of the Retry-After header (RFC 9110 10.2.3): delta-seconds ("7") or an HTTP-date ("Wed, 21 Oct
 * 2026 07:28:00 GMT"). The client's retry policy, the scenarios' courtesy retry and the load gate all use it.
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * The wait the header asks for, counted from {@code receivedAt} for a date (a date in the past asks for none).
     * Empty for a missing, negative or unparseable value.
     */
    public static Optional<Duration> parse(String headerValue, Instant receivedAt) {
        if (headerValue == null || headerValue.isBlank()) {
            return Optional.empty();
        }
        String value = headerValue.trim();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            } catch (NumberFormatException tooLarge) {
                return Optional.empty();
            }
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(receivedAt, at.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** As {@link #parse(String, Instant)}, counted from the clock's now. */
    public static Optional<Duration> parse(String headerValue, Clock clock) {
        return parse(headerValue, clock.instant());
    }

    /** The wait in whole seconds, rounded up (a date 1.2 s ahead asks for 2 s). */
    public static Optional<Long> seconds(String headerValue, Instant receivedAt) {
        return parse(headerValue, receivedAt).map(d -> (d.toMillis() + 999) / 1000);
    }
}
