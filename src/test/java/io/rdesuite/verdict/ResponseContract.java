package io.rdesuite.verdict;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter.OpenApiValidationException;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.config.Settings;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.regex.Pattern;

/**
 * The contract every answer of the target is held to: its status, Content-Type, headers and body against the
 * project's OpenAPI copy of the version its path belongs to (swagger-request-validator through {@link AnswerCheck}, one shared instance), and the
 * SLPT-Request-ID header. A violation fails the call ({@link OpenApiValidationException}, as swagger-request-
 * validator's own filter throws it); undocumented additions are recorded as drift ({@link DriftLog}) and the call
 * goes on, unless -Dreports.strictShapes=true makes undocumented body fields violations. Requests are not
 * validated: the suite sends invalid ones on purpose.
 */
public final class ResponseContract {

    private static final Pattern REQUEST_ID = Pattern.compile("[0-9a-f]{32}");
    private static volatile Filter validation;

    private ResponseContract() {
    }

    /** The shared OpenAPI validation filter (answers only), strict or not as -Dreports.strictShapes says. */
    public static Filter validation() {
        Filter v = validation;
        if (v == null) {
            synchronized (ResponseContract.class) {
                v = validation;
                if (v == null) {
                    v = validation(new AnswerCheck(Settings.fromSystem().getBoolean(AnswerCheck.STRICT_SHAPES, false)));
                    validation = v;
                }
            }
        }
        return v;
    }

    /** A validation filter judging with {@code check}. */
    static Filter validation(AnswerCheck check) {
        return (request, responseSpec, ctx) -> {
            Response response = ctx.next(request, responseSpec);
            AnswerCheck.Verdict verdict = check.check(RestAssuredRequest.of(request), RestAssuredResponse.of(response),
                    response.getHeaders().asList().stream().map(Header::getName).toList());
            if (verdict.violated()) {
                throw new OpenApiValidationException(verdict.failureReport());
            }
            DriftLog.record(verdict.drift());
            return response;
        };
    }

    /** Checks SLPT-Request-ID (32 lower-case hex) on every answer of the API, in every version (DEV-14). */
    public static Filter requestId() {
        return RequestIdFilter.INSTANCE;
    }

    private enum RequestIdFilter implements Filter {
        INSTANCE;

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                               FilterContext ctx) {
            Response response = ctx.next(request, responseSpec);
            String uri = request.getURI();
            if (ApiVersion.ofPath(uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri).isPresent()) {
                String id = response.getHeader("SLPT-Request-ID");
                if (id == null || !REQUEST_ID.matcher(id).matches()) {
                    throw new AssertionError("Contract violation: " + request.getMethod() + " " + request.getUserDefinedPath()
                            + " answered " + response.getStatusCode() + " with SLPT-Request-ID " + (id == null ? "missing" : "'" + id + "'")
                            + ", expected 32 lower-case hex (DEV-14)");
                }
            }
            return response;
        }
    }
}
