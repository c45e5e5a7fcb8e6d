package io.rdesuite.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest(name = "{0} is {1} ms")
    @CsvSource({"300ms, 300", "2s, 2000", "10, 10000", "1m, 60000", "1h, 3600000", "' 5 S ', 5000", "0, 0", "-1s, -1000"})
    void parse_readsAmountAndUnit(String text, long millis) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "1.5s", "5d", "s", "10 seconds"})
    void parse_refusesOtherText(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a duration");
    }

    @ParameterizedTest(name = "{0} ms is {1}")
    @CsvSource({"1500, 1500ms", "10000, 10s", "0, 0s", "50, 50ms"})
    void format_writesSecondsWhenWhole(long millis, String text) {
        assertThat(Durations.format(Duration.ofMillis(millis))).isEqualTo(text);
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }
}
