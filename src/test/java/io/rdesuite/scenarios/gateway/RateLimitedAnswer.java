package io.rdesuite.scenarios.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.RetryAfter;
import io.rdesuite.client.ApiException;
import io.rdesuite.client.Json;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Where the suite checks a 429 answer: status 429; a Retry-After in whole seconds, the form the documentation
 * gives, between 0 and 1200 (the longest step of the escalation); a JSON body {"message": text}, not an
 * ErrorResponseDto (published defect 4). Whether waiting the Retry-After is enough is the rate-limit scenario's
 * second half ({@link RateLimitScenarios}); at a window of several seconds it is judged here too, from what
 * followed the 429 ({@link TimeToSuccess}). Scenarios and consumer contracts that meet a 429 judge it here.
 */
public final class RateLimitedAnswer {

    public static final Duration LONGEST_RETRY_AFTER = Duration.ofSeconds(1200);

    private RateLimitedAnswer() {
    }

    /** Checks a 429 as REST Assured received it; returns the wait its Retry-After asks for. */
    public static Duration check(Response response) {
        return check(response.statusCode(), response.contentType(), response.header("Retry-After"),
                response.asString());
    }

    /** Checks a 429 the typed client threw; returns the wait its Retry-After asks for. */
    public static Duration check(ApiException answer) {
        return check(answer.status(), answer.header("Content-Type").orElse(""),
                answer.header("Retry-After").orElse(null), answer.body());
    }

    static Duration check(int status, String contentType, String retryAfter, String body) {
        assertThat(status).as("status").isEqualTo(429);
        assertThat(retryAfter).as("Retry-After (whole seconds)").isNotNull().matches("\\d+");
        Duration wait = RetryAfter.parse(retryAfter, Instant.now()).orElseThrow();
        assertThat(wait).as("Retry-After").isBetween(Duration.ZERO, LONGEST_RETRY_AFTER);
        assertThat(ContentType.fromContentType(contentType)).as("Content-Type %s", contentType)
                .isEqualTo(ContentType.JSON);
        assertThat(message(body)).as("the 429 body's message in %s", body).isNotNull();
        return wait;
    }

    /** The longest advice that is not absurd at {@code window}: the window, and a second for rounding. */
    static Duration longestAdvice(Duration window) {
        return window.plusSeconds(1);
    }

    /**
     * Judges a 429's advice by what followed it: no longer than {@link #longestAdvice}, and enough, that is no
     * call sent once the advised wait had passed was refused. As the advice is whole seconds rounded up, an honest
     * one is never shorter than the real wait; one shorter by more than a round trip fails, whatever the factor.
     */
    static void checkAdvice(TimeToSuccess waited, Duration window) {
        assertThat(waited.advised()).as("Retry-After at a %d s window", window.toSeconds())
                .isLessThanOrEqualTo(longestAdvice(window));
        assertThat(waited.refusedAfterAdvice())
                .as("calls refused after waiting the advised %d s (the first success came %s after the 429)",
                        waited.advised().toSeconds(), waited.firstSuccessText())
                .isZero();
    }

    private static String message(String body) {
        try {
            JsonNode message = Json.mapper().readTree(body).path("message");
            return message.isTextual() ? message.asText() : null;
        } catch (IOException notJson) {
            return null;
        }
    }
}
