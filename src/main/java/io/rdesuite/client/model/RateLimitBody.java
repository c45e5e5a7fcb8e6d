package io.rdesuite.client.model;

/** The 429 body: {@code {"message": " Rate Limit Exceeded "}}; not an ErrorResponseDto. */
public record RateLimitBody(String message) {
}
