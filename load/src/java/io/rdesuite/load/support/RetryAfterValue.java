package io.rdesuite.load.support;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;

/** Retry-After as whole seconds to wait: delta-seconds, or an HTTP date relative to when the answer came. */
public final class RetryAfterValue {

    private RetryAfterValue() {
    }

    public static OptionalLong seconds(String header, long receivedAtMillis) {
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        String value = header.trim();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return OptionalLong.of(Long.parseLong(value));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        }
        try {
            long at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
            return OptionalLong.of(Math.max(0, (at - receivedAtMillis + 999) / 1000));
        } catch (DateTimeParseException e) {
            return OptionalLong.empty();
        }
    }
}
