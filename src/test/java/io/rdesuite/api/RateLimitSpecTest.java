package io.rdesuite.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimitSpecTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"100/10s, 100, 10000", "5/500ms, 5, 500", "' 3 / 1m ', 3, 60000", "1/1, 1, 1000"})
    void parse_readsRequestsPerWindow(String text, int requests, long windowMillis) {
        RateLimitSpec spec = RateLimitSpec.parse(text);

        assertThat(spec).isEqualTo(new RateLimitSpec(requests, Duration.ofMillis(windowMillis)));
        assertThat(spec.isOff()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"off", "OFF", "none"})
    void parse_readsOff(String text) {
        assertThat(RateLimitSpec.parse(text).isOff()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "", "0/10s", "-1/10s", "5/0s", "5/-1s", "abc/1s", "5/soon", "/10s"})
    void parse_refusesOtherText(String text) {
        assertThatThrownBy(() -> RateLimitSpec.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a rate limit");
    }

    @Test
    void parse_refusesNull() {
        assertThatThrownBy(() -> RateLimitSpec.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"100/10s", "5/500ms", "off"})
    void toString_roundTrips(String text) {
        assertThat(RateLimitSpec.parse(text)).hasToString(text);
    }

    @Test
    void documentedDefault_is100Per10Seconds() {
        assertThat(RateLimitSpec.DOCUMENTED_DEFAULT).hasToString("100/10s");
    }
}
