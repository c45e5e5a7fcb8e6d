package io.rdesuite.simulator.http;

import io.rdesuite.api.model.ErrorMessageDto;
import io.rdesuite.api.model.ErrorResponseDto;
import io.rdesuite.api.model.JwtErrorBody;
import io.rdesuite.simulator.Ids;
import java.util.List;

/** The error answers, in the shapes the document and the real service use (429 is the rate limiter's). */
public final class ErrorBodies {

    public static final String BAD_REQUEST_CONTENT = "400.1 Bad Request Content";
    public static final String REQUIRED_DATA_MISSING = "400.1.0 Required Data Missing Or Empty";
    public static final String ILLEGAL_VALUE = "400.1.3 Illegal value";
    public static final String FORBIDDEN = "403 Forbidden";
    public static final String NOT_FOUND = "404 Not found";
    public static final String INTERNAL_FAULT = "500.0 Internal Fault";
    public static final String FORBIDDEN_TEXT = "The server understood the request but refuses to authorize it.";
    public static final String NOT_FOUND_TEXT = "<h1>File Not Found - 404 Error</h1> The requested file was not found.";
    public static final String INTERNAL_FAULT_TEXT = "An internal fault occurred.";

    private ErrorBodies() {
    }

    public static ApiResponse badRequest(String detailCode, String text) {
        return ApiResponse.json(400, dto(detailCode, text));
    }

    /** 401 as the document shows it: {"error": "JWT validation failed: ..."}, not an ErrorResponseDto. */
    public static ApiResponse unauthorized(String reason) {
        return ApiResponse.json(401, new JwtErrorBody("JWT validation failed: " + reason));
    }

    public static ApiResponse forbidden() {
        return ApiResponse.json(403, dto(FORBIDDEN, FORBIDDEN_TEXT));
    }

    public static ApiResponse notFound() {
        return ApiResponse.json(404, dto(NOT_FOUND, NOT_FOUND_TEXT));
    }

    /** An internal fault (a simulator bug or an armed fault) with the given status. */
    public static ApiResponse internalFault(int status) {
        return ApiResponse.json(status, dto(INTERNAL_FAULT, INTERNAL_FAULT_TEXT));
    }

    /** An ErrorResponseDto with a fresh 32-hex trackingId and one English message. */
    public static ErrorResponseDto dto(String detailCode, String text) {
        return new ErrorResponseDto(detailCode, Ids.hex32(), List.of(ErrorMessageDto.english(text)), List.of());
    }
}
