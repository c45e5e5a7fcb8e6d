package io.rdesuite.scenarios.gateway;

import io.qameta.allure.SeverityLevel;
import io.rdesuite.api.Operation;
import io.rdesuite.support.Scenario;
import io.rdesuite.support.TargetApi;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

@DisplayName("Gateway: every operation answers 429 to a burst, with a Retry-After that is enough")
class RateLimitScenarios {

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

            burst.send().then().statusCode(operation.successStatus());
        }
    }
}
