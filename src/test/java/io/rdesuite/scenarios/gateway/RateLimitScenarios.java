package io.rdesuite.scenarios.gateway;

import io.qameta.allure.SeverityLevel;
import io.rdesuite.api.Operation;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.support.EveryApiVersion;
import io.rdesuite.support.Scenario;
import io.rdesuite.support.TargetApi;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

@EveryApiVersion
@DisplayName("Gateway: every operation answers 429 to a burst, with a Retry-After that is enough")
class RateLimitScenarios {

    /** On a simulator, the limit the Retry-After is checked at: a window of seconds, as a tenant's 10 s. */
    static final RateLimitSpec WINDOW_OF_SECONDS = RateLimitSpec.parse("3/5s");

    @ParameterizedTest(name = "{0} answers 429 to a burst")
    @ArgumentsSource(GatewayOperations.class)
    @DisplayName("answers 429 with an integer Retry-After to a burst, and after waiting it the call succeeds")
    void rateLimited(Operation operation) throws InterruptedException {
        Scenario.covers(operation, 429, "Rate limiting", SeverityLevel.CRITICAL);
        TargetApi api = TargetApi.current();
        api.completedReport();
        try (Burst burst = Burst.of(api, operation)) {
            Optional<Response> limited = burst.firstRateLimited();
            Scenario.requireTarget(limited.isPresent(), "not inducible on this target: no 429 within a bounded "
                    + "burst of " + Burst.TENANT_BURST + " requests");

            Duration wait = RateLimitedAnswer.check(limited.get());
            Thread.sleep(wait.toMillis());

            burst.sendServed();
        }
    }

    /**
     * A burst to the first 429, one more call once the burst is answered (its 429 is the one measured: nothing is
     * in flight or sent after it), then nothing until its Retry-After has passed: the call must then succeed.
     * On a simulator the client's limit is {@link #WINDOW_OF_SECONDS}, its window starting with the burst; on a
     * tenant the documented 100 per 10 s, and the 429 may come late in a window, where even a halved advice rounds
     * up to enough: when it advised less than half the window, the burst is sent once more at the start of the
     * window that just began.
     */
    @Test
    @DisplayName("getReportResult: at a window of seconds, the call succeeds once the 429's Retry-After has passed")
    void retryAfterCoversTheWait() throws InterruptedException {
        Operation operation = Operation.GET_REPORT_RESULT;
        Scenario.covers(operation, 429, "Rate limiting", SeverityLevel.CRITICAL);
        TargetApi api = TargetApi.current();
        api.completedReport();
        try (Burst burst = Burst.of(api, operation, WINDOW_OF_SECONDS)) {
            Duration window = burst.limit().window();

            TimeToSuccess waited = burstAndWait(burst, window);
            RateLimitedAnswer.checkAdvice(waited, window);
            if (!burst.onSimulator() && waited.advised().multipliedBy(2).compareTo(window) < 0) {
                RateLimitedAnswer.checkAdvice(burstAndWait(burst, window), window);
            }
        }
    }

    /** Bursts to a 429, sends one more call and measures what follows its advice (skips where it cannot). */
    private static TimeToSuccess burstAndWait(Burst burst, Duration window) throws InterruptedException {
        Scenario.requireTarget(burst.firstRateLimited().isPresent(), "not inducible on this target: no 429 within "
                + "a bounded burst of " + Burst.TENANT_BURST + " requests");
        Response refusal = burst.send();
        Instant refusedAt = Instant.now();
        Scenario.requireTarget(burst.onSimulator() || refusal.statusCode() == 429,
                "not measurable on this target: the window turned as the burst ended");
        Duration advised = RateLimitedAnswer.check(refusal);
        Duration longest = RateLimitedAnswer.longestAdvice(window);
        Scenario.requireTarget(burst.onSimulator() || advised.compareTo(longest) <= 0, "not measurable on this "
                + "target: Retry-After " + advised.toSeconds() + " s is longer than the documented window "
                + "(an escalated hold-off or a custom limit), not waited");
        return TimeToSuccess.measure(burst, refusedAt, advised, longest.plusSeconds(1));
    }
}
