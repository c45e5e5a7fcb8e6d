package io.rdesuite.api.model;

/** The 401 body: {@code {"error": "JWT validation failed: JWT is expired"}}; not an ErrorResponseDto. */
public record JwtErrorBody(String error) {
}
