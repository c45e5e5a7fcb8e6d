package io.rdesuite.contract.openapi;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.support.OpenApiDocument;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.regex.Pattern;

/**
 * The contract every answer of the target is held to: its status, Content-Type, headers and body against the
 * project's OpenAPI copy (swagger-request-validator, one shared instance), and the SLPT-Request-ID header.
 * Requests are not validated: the suite sends invalid ones on purpose.
 */
public final class ResponseContract {

    private static final Pattern REQUEST_ID = Pattern.compile("[0-9a-f]{32}");
    private static volatile OpenApiValidationFilter validation;

    private ResponseContract() {
    }

    /** The shared OpenAPI validation filter (answers only). */
    public static OpenApiValidationFilter validation() {
        OpenApiValidationFilter v = validation;
        if (v == null) {
            synchronized (ResponseContract.class) {
                v = validation;
                if (v == null) {
                    v = new OpenApiValidationFilter(OpenApiDocument.validator(OpenApiDocument.projectCopy())
                            .withLevelResolver(LevelResolver.create()
                                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                    .build())
                            .build());
                    validation = v;
                }
            }
        }
        return v;
    }

    /** Checks SLPT-Request-ID (32 lower-case hex) on every answer of the API (DEV-14). */
    public static Filter requestId() {
        return RequestIdFilter.INSTANCE;
    }

    private enum RequestIdFilter implements Filter {
        INSTANCE;

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                               FilterContext ctx) {
            Response response = ctx.next(request, responseSpec);
            if (request.getURI().contains(ApiVersion.V3.basePath())) {
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
