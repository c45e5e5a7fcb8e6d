package io.rdesuite.simulator.reports;

import static io.rdesuite.simulator.testing.SimHarness.MANAGE;
import static io.rdesuite.simulator.testing.SimHarness.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.simulator.testing.SharedSimulatorTest;
import io.rdesuite.simulator.testing.SimHarness;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Finished reports are kept for the retention (age and count, whichever comes first), then every operation
 * answers as for an unknown id; the retention is a setting of the control API, restored by reset.
 */
class ReportRetentionTest extends SharedSimulatorTest {

    @Test
    void afterTheRetentionAge_aReportAnswersAsAnUnknownId() {
        h.control("PUT", "/settings", "{\"retention\":\"1m\"}");
        String id = h.completedReport(ReportExamples.accountsFor("aged")); // it ended 1 ms ago
        h.clock().advance(Duration.ofMinutes(1).minusMillis(2));
        assertThat(h.download(id, "csv").statusCode()).isEqualTo(200);

        h.clock().advance(Duration.ofMillis(1));

        assertThat(h.result(id).statusCode()).isEqualTo(200);
        assertThat(h.result(id).as(Map.class)).isEmpty();
        assertThat(h.download(id, "csv").statusCode()).isEqualTo(404);
        Response cancel = cancel(id);
        Response unknown = cancel(UNKNOWN_ID);
        assertThat(cancel.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(400);
        assertThat(cancel.<String>path("detailCode")).isEqualTo(unknown.<String>path("detailCode"));
    }

    @Test
    void beyondTheRetentionCount_theFirstReportToEndAnswersAsAnUnknownId() {
        h.control("PUT", "/settings", "{\"retention\":\"2\"}");
        String first = h.completedReport(ReportExamples.accountsFor("one"));
        String second = h.completedReport(ReportExamples.accountsFor("two"));
        String third = h.completedReport(ReportExamples.accountsFor("three"));

        assertThat(h.result(first).as(Map.class)).isEmpty();
        assertThat(h.download(first, "csv").statusCode()).isEqualTo(404);
        assertThat(h.result(second).<String>path("status")).isEqualTo("SUCCESS");
        assertThat(h.result(third).<String>path("status")).isEqualTo("SUCCESS");
        assertThat(h.control("GET", "/tasks", null).<java.util.List<String>>path("id")).containsExactly(second, third);
    }

    @Test
    void aRunningReport_isKeptWhateverTheRetention() {
        h.control("PUT", "/settings", "{\"retention\":\"1ms,1\",\"reportDuration\":\"1h\"}");
        String first = h.startReport(ReportExamples.accountsFor("one"));
        String second = h.startReport(ReportExamples.accountsFor("two"));

        h.clock().advance(Duration.ofMinutes(59));

        assertThat(h.result(first).<String>path("id")).isEqualTo(first);
        assertThat(h.result(second).<String>path("id")).isEqualTo(second);
    }

    @Test
    void settings_showTheRetention_andAPutChangesThePartItGives() {
        assertThat(h.control("GET", "/settings", null).<String>path("retention")).isEqualTo("1h,10000");

        Response age = h.control("PUT", "/settings", "{\"retention\":\"30m\"}");
        Response count = h.control("PUT", "/settings", "{\"retention\":500}");

        assertThat(age.<String>path("retention")).isEqualTo("30m,10000");
        assertThat(count.<String>path("retention")).isEqualTo("30m,500");
        assertThat(h.control("GET", "/info", null).<String>path("settings.retention")).isEqualTo("30m,500");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"soon\"", "\"0s\"", "0", "\"1h,2h\"", "\"\"", "{}"})
    void invalidRetention_answers400AndChangesNothing(String value) {
        Response response = h.control("PUT", "/settings", "{\"retention\":" + value + ",\"reportDuration\":\"2s\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.<String>path("messages[0].text")).contains("1h,10000").doesNotContain("\n");
        Response settings = h.control("GET", "/settings", null);
        assertThat(settings.<String>path("retention")).isEqualTo("1h,10000");
        assertThat(settings.<String>path("reportDuration")).isEqualTo("50ms");
    }

    @Test
    void reset_restoresTheRetentionTheSimulatorStartedWith() {
        try (SimHarness started = SimHarness.start(b -> b.retention(Retention.parse("2m,7")))) {
            assertThat(started.control("GET", "/settings", null).<String>path("retention")).isEqualTo("2m,7");
            started.control("PUT", "/settings", "{\"retention\":\"5s,1\"}");

            started.control("POST", "/reset", null);

            assertThat(started.control("GET", "/settings", null).<String>path("retention")).isEqualTo("2m,7");
        }
    }

    private Response cancel(String id) {
        return h.as(MANAGE).post(Operation.CANCEL_REPORT.path(id));
    }
}
