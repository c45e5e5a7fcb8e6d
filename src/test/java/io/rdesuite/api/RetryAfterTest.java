package io.rdesuite.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.support.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

    private final MutableClock clock = MutableClock.at("2026-10-21T07:27:30Z");

    @Test
    void deltaSeconds_isTheWait() {
        assertThat(RetryAfter.parse("7", clock)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse(" 0 ", clock)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("1200", clock)).contains(Duration.ofMinutes(20));
    }

    @Test
    void httpDate_isTheTimeUntilThatDate() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2026 07:28:00 GMT", clock)).contains(Duration.ofSeconds(30));
    }

    @Test
    void httpDateInThePast_meansNoWait() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2026 07:00:00 GMT", clock)).contains(Duration.ZERO);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "-5", "1.5", "soon", "2026-10-21T07:28:00Z", "99999999999999999999"})
    void missingOrUnreadableValues_giveNoWait(String value) {
        assertThat(RetryAfter.parse(value, clock)).isEmpty();
    }
}
