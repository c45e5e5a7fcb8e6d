package io.rdesuite.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which paths a route's template takes, and the parameters it reads from them. */
class RouteTest {

    private static final Route RESULT = Route.of("GET", "/v3/reports/{taskResultId}/result", r -> null);
    private static final Route RUN = Route.of("POST", "/v3/reports/run", r -> null);
    private static final Route ROOT = Route.of("GET", "/", r -> null);

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "/v3/reports/abc/result|abc",
        "/v3/reports/abc/result/|abc",
        "/v3/reports/0123456789abcdef0123456789abcdef/result|0123456789abcdef0123456789abcdef",
        "/v3/reports/a%2Fb/result|a%2Fb",
        "/v3/reports//result|-",
        "/v3/reports/abc/result//|-",
        "/v3/reports/abc/results|-",
        "/v3/reports/abc|-",
        "/v3/reports/abc/result/x|-",
        "/v3//reports/abc/result|-",
        "/v2025/reports/abc/result|-",
        "/|-",
        "''|-"})
    void resultTemplate(String path, String id) {
        Map<String, String> params = RESULT.match(path);

        if (id == null) {
            assertThat(params).isNull();
        } else {
            assertThat(params).isEqualTo(Map.of("taskResultId", id));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "/v3/reports/run|true", "/v3/reports/run/|true", "/v3/reports/run//|false", "/v3/reports/runs|false",
        "/v3/reports/ru|false", "/v3/reports|false", "/v3/reports/run/x|false", "v3/reports/run|false"})
    void literalTemplate(String path, boolean takes) {
        assertThat(RUN.match(path)).isEqualTo(takes ? Map.of() : null);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {"/|true", "''|true", "//|false", "/x|false"})
    void rootTemplate(String path, boolean takes) {
        assertThat(ROOT.match(path)).isEqualTo(takes ? Map.of() : null);
    }
}
