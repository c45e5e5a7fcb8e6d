package io.rdesuite.client;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a Retry-After header: delta-seconds ("7") or an HTTP-date ("Wed, 21 Oct 2026 07:28:00 GMT"). */
public final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * The wait the header asks for; a date in the past asks for none. Empty for a missing, negative or
     * unparseable value.
     */
    public static Optional<Duration> parse(String headerValue, Clock clock) {
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
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
