package io.rdesuite.simulator.defects;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.Operation;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import io.rdesuite.simulator.http.ErrorBodies;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** The defects' rewrites of error answers: 400, 401, 403, 404, 429 and internal faults. */
final class ErrorAnswers {

    private static final byte[] PLAIN_FAULT = "Internal Server Error".getBytes(StandardCharsets.UTF_8);

    private ErrorAnswers() {
    }

    /** BAD_REQUEST_AS_500: an operation's 400 becomes an internal fault. */
    static void badRequestAs500(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        if (operation != null && response.status() == 400) {
            response.status(500).json(ErrorBodies.dto(ErrorBodies.INTERNAL_FAULT, ErrorBodies.INTERNAL_FAULT_TEXT));
        }
    }

    /** UNAUTHORIZED_BODY_AS_ERROR_DTO: an operation's 401 says the same in an ErrorResponseDto. */
    static void unauthorizedAsErrorDto(DefectContext context, Operation operation, ApiRequest request,
                                       ApiResponse response) {
        ObjectNode body = operation != null && response.status() == 401 ? response.jsonObject() : null;
        if (body != null) {
            response.json(ErrorBodies.dto("401 Unauthorized", body.path("error").asText()));
        }
    }

    /** NOT_FOUND_BODY_WRONG: 404 answers {"error": "Not Found"}. */
    static void notFoundBodyWrong(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        if (response.status() == 404) {
            response.json(Map.of("error", "Not Found"));
        }
    }

    /** RATE_LIMIT_BODY_WRONG: the 429 body is an ErrorResponseDto (Retry-After stays). */
    static void rateLimitBodyAsErrorDto(DefectContext context, Operation operation, ApiRequest request,
                                        ApiResponse response) {
        if (response.status() == 429) {
            response.json(ErrorBodies.dto("429 Too Many Requests", "Rate Limit Exceeded"));
        }
    }

    /** FAULT_BODY_NOT_ERROR_DTO: an internal fault (armed or not) answers plain text. */
    static void faultBodyAsPlainText(DefectContext context, Operation operation, ApiRequest request,
                                     ApiResponse response) {
        ObjectNode body = response.status() >= 400 ? response.jsonObject() : null;
        if (body != null && ErrorBodies.INTERNAL_FAULT.equals(body.path("detailCode").asText(null))) {
            response.contentType("text/plain;charset=utf-8").body(PLAIN_FAULT);
        }
    }

    /** FORBIDDEN_BODY_WITHOUT_DETAIL_CODE: the 403 ErrorResponseDto has a null detailCode. */
    static void forbiddenWithoutDetailCode(DefectContext context, Operation operation, ApiRequest request,
                                           ApiResponse response) {
        ObjectNode body = response.status() == 403 ? response.jsonObject() : null;
        if (body != null && body.has("detailCode")) {
            body.putNull("detailCode");
        }
    }

    /** TRACKING_ID_NOT_HEX: error bodies carry a dashed UUID as trackingId. */
    static void trackingIdAsUuid(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        ObjectNode body = response.status() >= 400 ? response.jsonObject() : null;
        if (body != null && body.has("trackingId")) {
            body.put("trackingId", UUID.randomUUID().toString());
        }
    }

    /** RETRY_AFTER_MISSING: 429 without Retry-After. */
    static void retryAfterMissing(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        if (response.status() == 429) {
            response.withoutHeader("Retry-After");
        }
    }

    /** RETRY_AFTER_TOO_SHORT: Retry-After one second less than the wait (0 at the least). */
    static void retryAfterOneSecondShort(DefectContext context, Operation operation, ApiRequest request,
                                         ApiResponse response) {
        String seconds = response.status() == 429 ? response.header("Retry-After") : null;
        if (seconds != null) {
            response.header("Retry-After", Long.toString(Math.max(0, Long.parseLong(seconds) - 1)));
        }
    }

    /** RETRY_AFTER_HALVED: Retry-After half the wait, rounded up (1 s stays 1 s: only a longer window shows it). */
    static void retryAfterHalved(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        String seconds = response.status() == 429 ? response.header("Retry-After") : null;
        if (seconds != null) {
            response.header("Retry-After", Long.toString((Long.parseLong(seconds) + 1) / 2));
        }
    }
}
