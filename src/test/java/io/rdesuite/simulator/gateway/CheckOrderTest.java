package io.rdesuite.simulator.gateway;

import static io.rdesuite.simulator.testing.SimHarness.READ;
import static io.rdesuite.simulator.testing.SimHarness.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Operation;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.Assumptions.CheckOrder;
import io.rdesuite.simulator.testing.SimHarness;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Which of 429 and 403 a request that earns both gets (a setting: the real order is unknown), and whether a request
 * refused for its scopes counts against the limit. The read-only client may call getReportResult, not startReport.
 */
class CheckOrderTest {

    @Test
    void rateLimitFirst_answers429ToAForbiddenCallOverTheLimit_andAForbiddenCallCounts() {
        try (SimHarness h = limited(CheckOrder.RATE_LIMIT_FIRST)) {
            Response forbidden = start(h);
            Response overLimit = start(h);
            Response allowedCall = h.result(UNKNOWN_ID);

            assertThat(forbidden.statusCode()).isEqualTo(403);
            assertThat(overLimit.statusCode()).isEqualTo(429);
            assertThat(allowedCall.statusCode()).as("the 403 used the window's one request").isEqualTo(429);
        }
    }

    @Test
    void forbiddenFirst_answers403ToAForbiddenCallOverTheLimit_andAForbiddenCallDoesNotCount() {
        try (SimHarness h = limited(CheckOrder.FORBIDDEN_FIRST)) {
            Response forbidden = start(h);
            Response allowedCall = h.result(UNKNOWN_ID);
            Response forbiddenOverLimit = start(h);
            Response overLimit = h.result(UNKNOWN_ID);

            assertThat(forbidden.statusCode()).isEqualTo(403);
            assertThat(allowedCall.statusCode()).as("the 403 did not count").isEqualTo(200);
            assertThat(forbiddenOverLimit.statusCode()).isEqualTo(403);
            assertThat(overLimit.statusCode()).isEqualTo(429);
        }
    }

    @Test
    void eitherOrder_answers401BeforeBoth() {
        for (CheckOrder order : CheckOrder.values()) {
            try (SimHarness h = limited(order)) {
                start(h);

                Response noToken = h.anonymous().get(Operation.GET_REPORT_RESULT.path(UNKNOWN_ID));

                assertThat(noToken.statusCode()).as(order.name()).isEqualTo(401);
            }
        }
    }

    /** One request per 10 s for every client. */
    private static SimHarness limited(CheckOrder order) {
        return SimHarness.start(b -> b.rateLimit(RateLimitSpec.parse("1/10s")).checkOrder(order));
    }

    private static Response start(SimHarness h) {
        return h.as(READ).contentType(ContentType.JSON).body(ReportExamples.json(ReportType.ACCOUNTS))
                .post(Operation.START_REPORT.template());
    }
}
