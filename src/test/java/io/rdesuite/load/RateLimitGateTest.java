package io.rdesuite.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.load.support.RateLimitGate;
import io.rdesuite.load.support.RateLimitGate.Observation;
import io.rdesuite.api.RateLimitSpec;
import org.junit.jupiter.api.Test;

/** The gate's rules on hand-made answers: one client, limit 5 per second. */
class RateLimitGateTest {

    private final RateLimitGate gate = new RateLimitGate(id -> RateLimitSpec.parse("5/1s"), 50);

    @Test
    void a429AfterTheLimitWithRetryAfter_isOk() {
        sendAccepted(5, 1_000);

        assertThat(gate.observe(1, new Observation("getReportResult", "c", 1_010, 1_011, 429, "1")))
                .isEqualTo(RateLimitGate.OK);
    }

    @Test
    void a429UnderTheLimit_isReported() {
        sendAccepted(1, 1_000);

        assertThat(gate.observe(1, new Observation("getReportResult", "c", 1_010, 1_011, 429, "1")))
                .contains("429 while under the limit");
    }

    @Test
    void a429WithoutRetryAfter_isReported() {
        sendAccepted(5, 1_000);

        assertThat(gate.observe(1, new Observation("getReportResult", "c", 1_010, 1_011, 429, null)))
                .contains("without a usable Retry-After");
    }

    @Test
    void aRetryRefusedAfterTheAdvisedWait_isReportedAsTooShort() {
        sendAccepted(5, 1_000);
        gate.observe(1, new Observation("getReportResult", "c", 1_010, 1_011, 429, "0"));

        assertThat(gate.observe(1, new Observation("getReportResult", "c", 1_020, 1_021, 429, "1")))
                .contains("Retry-After is too short");
    }

    @Test
    void moreThanTwoWindowsWorthAccepted_isReportedAsNotEnforced() {
        sendAccepted(10, 1_000);

        assertThat(gate.observe(1, new Observation("getReportResult", "c", 1_100, 1_101, 200, null)))
                .contains("not enforced");
    }

    @Test
    void anUndocumentedStatus_isReported() {
        assertThat(gate.observe(1, new Observation("cancelReport", "c", 1_000, 1_001, 200, null)))
                .contains("not documented");
    }

    private void sendAccepted(int count, long at) {
        for (int i = 0; i < count; i++) {
            gate.observe(2, new Observation("getReportResult", "c", at + i, at + i + 1, 200, null));
        }
    }
}
