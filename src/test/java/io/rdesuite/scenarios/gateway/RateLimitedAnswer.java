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
 * second half ({@link RateLimitScenarios}). Scenarios and consumer contracts that meet a 429 judge it here.
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

    private static String message(String body) {
        try {
            JsonNode message = Json.mapper().readTree(body).path("message");
            return message.isTextual() ? message.asText() : null;
        } catch (IOException notJson) {
            return null;
        }
    }
}
