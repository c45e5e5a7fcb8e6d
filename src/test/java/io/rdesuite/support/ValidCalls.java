package io.rdesuite.support;

import io.rdesuite.api.FileFormat;
import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * One valid call of each operation, sent on a request that carries some identity's credentials (or bad ones):
 * what the gateway scenarios send to see authentication, scopes, the rate limit and faults at work.
 */
public final class ValidCalls {

    private ValidCalls() {
    }

    /** Sends {@code operation}'s valid call on {@code request} in {@code api}'s version; ids name its completed report. */
    public static Response send(Operation operation, RequestSpecification request, TargetApi api) {
        RequestSpecification call = switch (operation) {
            case START_REPORT -> request.contentType(ContentType.JSON).accept(ContentType.JSON)
                    .body(ReportExamples.json(ReportType.IDENTITIES));
            case GET_REPORT_RESULT, CANCEL_REPORT -> request.accept(ContentType.JSON);
            case GET_REPORT -> request.queryParam("fileFormat", FileFormat.CSV.queryValue())
                    .accept("text/csv, application/csv, application/json");
        };
        if (operation.pathParameter() != null) {
            call = call.pathParam(operation.pathParameter(), api.completedReport());
        }
        return call.when().request(operation.method(), api.template(operation));
    }
}
