package io.rdesuite.simulator.http;

import io.rdesuite.api.model.ErrorMessageDto;
import io.rdesuite.api.model.ErrorResponseDto;
import io.rdesuite.api.model.JwtErrorBody;
import io.rdesuite.api.model.RateLimitBody;
import io.rdesuite.api.Defect;
import io.rdesuite.simulator.Defects;
import io.rdesuite.simulator.Ids;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The error answers, in the shapes the document and the real service use. */
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
    public static final String RATE_LIMIT_MESSAGE = " Rate Limit Exceeded ";

    private final Defects defects;

    public ErrorBodies(Defects defects) {
        this.defects = defects;
    }

    public ApiResponse badRequest(String detailCode, String text) {
        return ApiResponse.json(400, dto(detailCode, text));
    }

    public ApiResponse forbidden() {
        ErrorResponseDto body = dto(FORBIDDEN, FORBIDDEN_TEXT);
        if (defects.has(Defect.FORBIDDEN_BODY_WITHOUT_DETAIL_CODE)) {
            body = new ErrorResponseDto(null, body.trackingId(), body.messages(), body.causes());
        }
        return ApiResponse.json(403, body);
    }

    public ApiResponse notFound() {
        if (defects.has(Defect.NOT_FOUND_BODY_WRONG)) {
            return ApiResponse.json(404, Map.of("error", "Not Found"));
        }
        return ApiResponse.json(404, dto(NOT_FOUND, NOT_FOUND_TEXT));
    }

    public ApiResponse internalFault(int status) {
        if (defects.has(Defect.FAULT_BODY_NOT_ERROR_DTO)) {
            return new ApiResponse(status, "text/plain;charset=utf-8", "Internal Server Error".getBytes());
        }
        return ApiResponse.json(status, dto(INTERNAL_FAULT, INTERNAL_FAULT_TEXT));
    }

    public ApiResponse unauthorized(String reason) {
        String text = "JWT validation failed: " + reason;
        if (defects.has(Defect.UNAUTHORIZED_BODY_AS_ERROR_DTO)) {
            return ApiResponse.json(401, dto("401 Unauthorized", text));
        }
        return ApiResponse.json(401, new JwtErrorBody(text));
    }

    public ApiResponse rateLimited() {
        if (defects.has(Defect.RATE_LIMIT_BODY_WRONG)) {
            return ApiResponse.json(429, dto("429 Too Many Requests", "Rate Limit Exceeded"));
        }
        return ApiResponse.json(429, new RateLimitBody(RATE_LIMIT_MESSAGE));
    }

    public ErrorResponseDto dto(String detailCode, String text) {
        String trackingId = defects.has(Defect.TRACKING_ID_NOT_HEX) ? UUID.randomUUID().toString() : Ids.hex32();
        return new ErrorResponseDto(detailCode, trackingId, List.of(ErrorMessageDto.english(text)), List.of());
    }
}
