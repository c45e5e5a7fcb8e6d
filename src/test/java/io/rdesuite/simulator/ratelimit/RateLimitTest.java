package io.rdesuite.simulator.ratelimit;

import static io.rdesuite.simulator.testing.SimHarness.MANAGE;
import static io.rdesuite.simulator.testing.SimHarness.READ;
import static io.rdesuite.simulator.testing.SimHarness.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Operation;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.simulator.testing.SimHarness;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fixed-window limit per client_id: 429, its body and Retry-After, windows moved by the test clock. */
class RateLimitTest {

    private static final RateLimitSpec FIVE_PER_TEN_SECONDS = RateLimitSpec.parse("5/10s");

    private SimHarness h;

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void sixthRequestInTheWindow_answers429WithBodyAndRetryAfter() {
        h = SimHarness.start(b -> b.rateLimit(FIVE_PER_TEN_SECONDS));

        for (int i = 0; i < 5; i++) {
            assertThat(call(MANAGE).statusCode()).as("request %d", i + 1).isEqualTo(200);
        }
        Response sixth = call(MANAGE);

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.as(Map.class)).isEqualTo(Map.of("message", " Rate Limit Exceeded "));
        assertThat(sixth.header("Retry-After")).isEqualTo("10");
        assertThat(sixth.header("X-RateLimit-Remaining")).isNull();
    }

    @Test
    void retryAfter_isTheTimeUntilTheWindowEndsRoundedUp() {
        h = SimHarness.start(b -> b.rateLimit(FIVE_PER_TEN_SECONDS));
        exhaust(MANAGE, 5);
        h.clock().advance(Duration.ofMillis(3_400));

        Response limited = call(MANAGE);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("7");
    }

    @Test
    void waitingRetryAfter_letsTheNextRequestThrough() {
        h = SimHarness.start(b -> b.rateLimit(FIVE_PER_TEN_SECONDS));
        exhaust(MANAGE, 5);
        h.clock().advance(Duration.ofMillis(2_500));
        long retryAfter = Long.parseLong(call(MANAGE).header("Retry-After"));

        h.clock().advance(Duration.ofSeconds(retryAfter));

        assertThat(call(MANAGE).statusCode()).isEqualTo(200);
    }

    @Test
    void waitingClearlyLessThanRetryAfter_isStillLimited() {
        h = SimHarness.start(b -> b.rateLimit(FIVE_PER_TEN_SECONDS));
        exhaust(MANAGE, 5);
        long retryAfter = Long.parseLong(call(MANAGE).header("Retry-After"));

        h.clock().advance(Duration.ofSeconds(retryAfter).minusMillis(1_500));

        assertThat(call(MANAGE).statusCode()).isEqualTo(429);
    }

    @Test
    void anotherClient_hasItsOwnWindow() {
        h = SimHarness.start(b -> b.rateLimit(FIVE_PER_TEN_SECONDS));
        exhaust(MANAGE, 5);
        assertThat(call(MANAGE).statusCode()).isEqualTo(429);

        Response otherClient = call(READ);

        assertThat(otherClient.statusCode()).isEqualTo(200);
    }

    @Test
    void perClientLimit_overridesTheDefault() {
        h = SimHarness.start(b -> b.rateLimit(FIVE_PER_TEN_SECONDS).clientRateLimit(READ, RateLimitSpec.parse("2/10s")));
        exhaust(READ, 2);

        assertThat(call(READ).statusCode()).isEqualTo(429);
        exhaust(MANAGE, 5);
    }

    @Test
    void limitOff_neverLimits() {
        h = SimHarness.start(b -> b.rateLimit(RateLimitSpec.OFF));

        exhaust(MANAGE, 150);
    }

    @Test
    void tokenEndpoint_isNotLimited() {
        h = SimHarness.start(b -> b.rateLimit(RateLimitSpec.parse("1/10s")));

        for (int i = 0; i < 3; i++) {
            assertThat(h.tokenRequest(MANAGE, "demo-manage-secret").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void limitsChangedThroughTheControlApi_apply() {
        h = SimHarness.start(b -> b.rateLimit(RateLimitSpec.OFF));

        Response put = h.control("PUT", "/rate-limits", "{\"default\":\"2/10s\",\"clients\":{\"demo-read\":\"off\"}}");

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(put.<String>path("default")).isEqualTo("2/10s");
        exhaust(MANAGE, 2);
        assertThat(call(MANAGE).statusCode()).isEqualTo(429);
        exhaust(READ, 10);
    }

    @Test
    void escalation_isOffByDefault() {
        h = SimHarness.start(b -> b.rateLimit(FIVE_PER_TEN_SECONDS));

        for (int window = 0; window < 4; window++) {
            exhaust(MANAGE, 5);
            assertThat(call(MANAGE).header("Retry-After")).isEqualTo("10");
            h.clock().advance(Duration.ofSeconds(10));
        }
    }

    @Test
    void escalation_afterThreeViolatedWindows_holdsOff60ThenLonger() {
        h = SimHarness.start(b -> b.rateLimit(FIVE_PER_TEN_SECONDS).rateLimitEscalation(true));

        assertThat(violateWindow()).isEqualTo("10");
        h.clock().advance(Duration.ofSeconds(10));
        assertThat(violateWindow()).isEqualTo("10");
        h.clock().advance(Duration.ofSeconds(10));
        assertThat(violateWindow()).isEqualTo("60");

        h.clock().advance(Duration.ofSeconds(30));
        assertThat(call(MANAGE).header("Retry-After")).isEqualTo("30");
        h.clock().advance(Duration.ofSeconds(30));

        assertThat(violateWindow()).isEqualTo("10");
        h.clock().advance(Duration.ofSeconds(10));
        assertThat(violateWindow()).isEqualTo("10");
        h.clock().advance(Duration.ofSeconds(10));
        assertThat(violateWindow()).isEqualTo("300");
    }

    @ParameterizedTest
    @ValueSource(ints = {130, 200})
    void violatedWindowsSpreadOverMoreThan120s_doNotEscalate(int secondsBetween) {
        h = SimHarness.start(b -> b.rateLimit(FIVE_PER_TEN_SECONDS).rateLimitEscalation(true));

        for (int i = 0; i < 3; i++) {
            assertThat(violateWindow()).as("violation %d", i + 1).isEqualTo("10");
            h.clock().advance(Duration.ofSeconds(secondsBetween));
        }
    }

    /** Spends a fresh window's 5 requests, then answers the Retry-After of the 6th. */
    private String violateWindow() {
        exhaust(MANAGE, 5);
        Response limited = call(MANAGE);
        assertThat(limited.statusCode()).isEqualTo(429);
        return limited.header("Retry-After");
    }

    private void exhaust(String clientId, int requests) {
        for (int i = 0; i < requests; i++) {
            assertThat(call(clientId).statusCode()).as("%s request %d", clientId, i + 1).isEqualTo(200);
        }
    }

    private Response call(String clientId) {
        return h.as(clientId).get(Operation.GET_REPORT_RESULT.path(UNKNOWN_ID));
    }
}
