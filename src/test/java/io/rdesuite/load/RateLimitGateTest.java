package io.rdesuite.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.load.support.RateLimitGate;
import io.rdesuite.load.support.RateLimitGate.Observation;
import org.junit.jupiter.api.Test;

/** The gate's rules on hand-made answers: one client, limit 5 per second; answers take 1 ms. */
class RateLimitGateTest {

    private final RateLimitGate gate = new RateLimitGate(id -> RateLimitSpec.parse("5/1s"), 50, true, false);

    @Test
    void a429AfterTheLimitWithRetryAfter_isOk() {
        sendAccepted(5, 1_000);

        assertThat(refuse(1_010, "1")).isEqualTo(RateLimitGate.OK);
    }

    @Test
    void a429UnderTheLimit_isReported() {
        sendAccepted(1, 1_000);

        assertThat(refuse(1_010, "1")).contains("429 while under the limit");
    }

    @Test
    void a429WithoutRetryAfter_isReported() {
        sendAccepted(5, 1_000);

        assertThat(refuse(1_010, null)).contains("without a usable Retry-After");
    }

    @Test
    void aRetryRefusedAfterTheAdvisedWait_isReportedAsTooShort() {
        sendAccepted(5, 1_000);
        refuse(1_010, "0");

        assertThat(refuse(1_020, "1")).contains("Retry-After is too short");
    }

    @Test
    void aRefusalAfterAnEarlierAdviceHadPassed_isReportedAsTooShort() {
        sendAccepted(5, 1_000);
        refuse(1_010, "1");
        refuse(1_500, "1");

        assertThat(refuse(2_020, "1")).contains("Retry-After is too short");
    }

    @Test
    void moreThanTwoWindowsWorthAccepted_isReportedAsNotEnforced() {
        sendAccepted(10, 1_000);

        assertThat(gate.observe(1, new Observation(Operation.GET_REPORT_RESULT, "c", 1_100, 1_101, 200, null)))
                .contains("not enforced");
    }

    @Test
    void anUndocumentedStatus_isReported() {
        assertThat(gate.observe(1, new Observation(Operation.CANCEL_REPORT, "c", 1_000, 1_001, 200, null)))
                .contains("not documented");
    }

    @Test
    void withBudgetsPerVersion_aClientAtItsLimitInOneVersionMayUseItsLimitInAnother() {
        RateLimitGate perVersion = new RateLimitGate(id -> RateLimitSpec.parse("5/1s"), 50, true, true);
        for (ApiVersion version : new ApiVersion[] {ApiVersion.V3, ApiVersion.V1}) {
            for (int i = 0; i < 10; i++) {
                assertThat(perVersion.observe(2, new Observation(version, Operation.GET_REPORT_RESULT, "c",
                        1_000 + i, 1_001 + i, 200, null))).isEqualTo(RateLimitGate.OK);
            }
        }

        assertThat(perVersion.budget("c", ApiVersion.V1)).isEqualTo("c@v1");
        assertThat(perVersion.tally("c@v1").accepted()).isEqualTo(10);
    }

    @Test
    void withBudgetsPerVersion_a429InAVersionBarelyUsed_isReportedAsUnderTheLimit() {
        RateLimitGate perVersion = new RateLimitGate(id -> RateLimitSpec.parse("5/1s"), 50, true, true);
        RateLimitGate shared = new RateLimitGate(id -> RateLimitSpec.parse("5/1s"), 50, true, false);
        for (RateLimitGate g : new RateLimitGate[] {perVersion, shared}) {
            for (int i = 0; i < 5; i++) {
                g.observe(2, new Observation(ApiVersion.V3, Operation.GET_REPORT_RESULT, "c", 1_000 + i, 1_001 + i,
                        200, null));
            }
        }
        Observation refusedInV1 = new Observation(ApiVersion.V1, Operation.GET_REPORT_RESULT, "c", 1_010, 1_011,
                429, "1");

        assertThat(perVersion.observe(1, refusedInV1)).contains("429 while under the limit");
        assertThat(shared.observe(1, refusedInV1)).isEqualTo(RateLimitGate.OK);
        assertThat(perVersion.violations()).singleElement().asString().startsWith("v1 getReportResultV1 429 (c@v1)");
    }

    /** User 1 is refused a request sent at {@code sentAt}; returns the gate's verdict. */
    private String refuse(long sentAt, String retryAfter) {
        return gate.observe(1, new Observation(Operation.GET_REPORT_RESULT, "c", sentAt, sentAt + 1, 429, retryAfter));
    }

    private void sendAccepted(int count, long at) {
        for (int i = 0; i < count; i++) {
            gate.observe(2, new Observation(Operation.GET_REPORT_RESULT, "c", at + i, at + i + 1, 200, null));
        }
    }
}
