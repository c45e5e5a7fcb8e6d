package io.rdesuite.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.testing.SimHarness;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * POST /__simulator/reset?keep=reports: everything back to the start settings but the reports, which a run shares
 * between tests across the provider verification's resets; a plain reset forgets them.
 */
class ResetKeepingReportsTest {

    private final SimHarness h = SimHarness.start();

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void keepingReports_keepsEndedAndRunningReports_andRestoresTheSettings() {
        String ended = h.completedReport(ReportExamples.json(ReportType.IDENTITIES));
        h.control("PUT", "/settings", "{\"reportDuration\":\"10m\"}").then().statusCode(200);
        String running = h.startReport(ReportExamples.json(ReportType.ACCOUNTS));

        h.control("POST", "/reset?keep=reports", null).then().statusCode(204);

        h.result(ended).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("SUCCESS"));
        h.result(running).then().statusCode(200).body("id", org.hamcrest.Matchers.equalTo(running))
                .body("status", org.hamcrest.Matchers.nullValue());
        assertThat(h.control("GET", "/settings", null).path("reportDuration").toString())
                .isNotEqualTo(Duration.ofMinutes(10).toString()).isNotEqualTo("10m");
    }

    @Test
    void aPlainReset_forgetsTheReports() {
        String ended = h.completedReport(ReportExamples.json(ReportType.IDENTITIES));

        h.control("POST", "/reset", null).then().statusCode(204);

        h.result(ended).then().statusCode(200).body("id", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anotherKeep_isRefusedWithOneLine() {
        h.control("POST", "/reset?keep=everything", null).then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("keep takes 'reports'"));
    }
}
