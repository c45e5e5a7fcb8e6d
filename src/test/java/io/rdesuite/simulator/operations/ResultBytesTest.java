package io.rdesuite.simulator.operations;

import static io.rdesuite.simulator.testing.SimHarness.MANAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Defect;
import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.Variant;
import io.rdesuite.simulator.testing.SharedSimulatorTest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * getReportResult writes a report's ReportResults once per phase and keeps the bytes with the report: the kept
 * bytes follow the report from running to its end, follow the running-view setting, and never hide a defect or a
 * variant switched on after they were written.
 */
class ResultBytesTest extends SharedSimulatorTest {

    private static final String ACCOUNTS_BODY = ReportExamples.json(ReportType.ACCOUNTS);

    @ParameterizedTest
    @EnumSource(value = Defect.class, names = {"RESULT_FORGOTTEN", "RESULT_OTHER_ID", "RESULT_OTHER_REPORT_TYPE",
        "REPORT_NEVER_COMPLETES", "RESULT_STATUS_OUT_OF_ENUM", "RESULT_ROWS_AS_STRING", "RESULT_ROWS_OFF_BY_ONE"})
    void aResultReadBeforeADefect_showsTheDefectAfterwards_andIsAsBeforeOnceItIsOff(Defect defect) {
        String id = h.completedReport(ACCOUNTS_BODY);
        String honest = h.result(id).asString();
        assertThat(h.result(id).asString()).as("read again").isEqualTo(honest);

        h.simulator().defects(Set.of(defect));
        String defective = h.result(id).asString();
        h.simulator().defects(Set.of());

        assertThat(defective).isNotEqualTo(honest);
        assertThat(h.result(id).asString()).isEqualTo(honest);
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"EXTRA_FIELD", "OFFSET_DATE_TIMES", "PRETTY_JSON"})
    void aResultReadBeforeAVariant_showsTheVariantAfterwards(Variant variant) {
        String id = h.completedReport(ACCOUNTS_BODY);
        String honest = h.result(id).asString();

        h.simulator().variants(Set.of(variant));
        String varied = h.result(id).asString();
        h.simulator().variants(Set.of());

        assertThat(varied).isNotEqualTo(honest);
        assertThat(h.result(id).asString()).isEqualTo(honest);
    }

    @Test
    void aResultReadWhileRunning_showsTheEndOnceTheReportEnds() {
        String id = h.startReport(ACCOUNTS_BODY);
        assertThat(h.result(id).<String>path("status")).isNull();
        assertThat(h.result(id).<String>path("id")).isEqualTo(id);

        h.finishRunningReports();

        assertThat(h.result(id).<String>path("status")).isEqualTo("SUCCESS");
        assertThat(h.result(id).<Integer>path("rows")).isPositive();
    }

    @Test
    void aResultReadWhileRunning_showsTheCancellation() {
        String id = h.startReport(ACCOUNTS_BODY);
        assertThat(h.result(id).<String>path("status")).isNull();

        assertThat(h.as(MANAGE).post(Operation.CANCEL_REPORT.path(id)).statusCode()).isEqualTo(204);

        assertThat(h.result(id).<String>path("status")).isEqualTo("TERMINATED");
        assertThat(h.result(id).<Integer>path("rows")).isZero();
    }

    @Test
    void aResultReadWhileRunning_followsTheRunningViewSetting() {
        String id = h.startReport(ACCOUNTS_BODY);
        assertThat(h.result(id).<String>path("id")).isEqualTo(id);

        h.control("PUT", "/settings", "{\"runningResultView\":\"EMPTY\"}");
        Map<?, ?> empty = h.result(id).as(Map.class);
        h.control("PUT", "/settings", "{\"runningResultView\":\"OMIT_STATUS\"}");

        assertThat(empty).isEmpty();
        assertThat(h.result(id).<String>path("id")).isEqualTo(id);
    }
}
