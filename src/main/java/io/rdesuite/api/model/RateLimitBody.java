package io.rdesuite.api.model;

/** The 429 body: {@code {"message": " Rate Limit Exceeded "}}; not an ErrorResponseDto. */
public record RateLimitBody(String message) {
}
