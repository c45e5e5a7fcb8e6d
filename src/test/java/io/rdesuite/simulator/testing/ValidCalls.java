package io.rdesuite.simulator.testing;

import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Each API operation called with a valid request (for a given task result id where it takes one). */
public final class ValidCalls {

    private ValidCalls() {
    }

    public static Response send(Operation operation, RequestSpecification request, String taskResultId) {
        RequestSpecification valid = switch (operation) {
            case START_REPORT -> request.contentType(ContentType.JSON).body(ReportExamples.json(ReportType.IDENTITIES));
            case GET_REPORT -> request.queryParam("fileFormat", "csv");
            case GET_REPORT_RESULT, CANCEL_REPORT -> request;
        };
        return valid.request(operation.method(), operation.path(taskResultId));
    }
}
