package io.rdesuite.simulator.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How a retention is written: an age, a count or both; the part left out keeps its value. */
class RetentionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "1h,10000; PT1H; 10000; 1h,10000",
        "10000,1h; PT1H; 10000; 1h,10000",
        "30m; PT30M; 10000; 30m,10000",
        "500; PT1H; 500; 1h,500",
        "90s , 7; PT1M30S; 7; 90s,7",
        "1500ms; PT1.5S; 10000; 1500ms,10000",
        "2H; PT2H; 10000; 2h,10000"})
    void parse_readsAgeAndCount_andWritesThemBack(String text, Duration age, int count, String written) {
        Retention retention = Retention.parse(text);

        assertThat(retention).isEqualTo(new Retention(age, count));
        assertThat(retention.toString()).isEqualTo(written);
        assertThat(Retention.parse(written)).isEqualTo(retention);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", " ", "soon", "1h,2h", "5,6", "1h,", "-5", "0", "0s", "-1h", "1d", "99999999999",
        "1h;100"})
    void parse_refusesWhatIsNotARetention_withOneLineSayingTheForm(String text) {
        assertThatThrownBy(() -> Retention.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1h,10000")
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"30m; 30m,500", "7; 2h,7"})
    void parse_keepsThePartLeftOutFromTheBase(String text, String expected) {
        Retention base = Retention.parse("2h,500");

        assertThat(Retention.parse(text, base).toString()).isEqualTo(expected);
    }
}
