package io.rdesuite.support;

import io.rdesuite.api.ReportType;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The four operations, each with one valid call the gateway scenarios send as different identities. */
public enum Operation {
    START_REPORT("startReport", 200, true) {
        @Override
        public Response send(RequestSpecification spec, TargetApi api) {
            return spec.contentType(ContentType.JSON).accept(ContentType.JSON)
                    .body(ReportExamples.json(ReportType.IDENTITIES))
                    .when().post("/v3/reports/run");
        }
    },
    GET_REPORT_RESULT("getReportResult", 200, false) {
        @Override
        public Response send(RequestSpecification spec, TargetApi api) {
            return spec.accept(ContentType.JSON)
                    .when().get("/v3/reports/{taskResultId}/result", api.completedReport());
        }
    },
    GET_REPORT("getReport", 200, false) {
        @Override
        public Response send(RequestSpecification spec, TargetApi api) {
            return spec.queryParam("fileFormat", "csv").accept("text/csv, application/csv, application/json")
                    .when().get("/v3/reports/{taskResultId}", api.completedReport());
        }
    },
    CANCEL_REPORT("cancelReport", 204, true) {
        @Override
        public Response send(RequestSpecification spec, TargetApi api) {
            return spec.accept(ContentType.JSON)
                    .when().post("/v3/reports/{id}/cancel", api.completedReport());
        }
    };

    private final String operationId;
    private final int success;
    private final boolean needsManage;

    Operation(String operationId, int success, boolean needsManage) {
        this.operationId = operationId;
        this.success = success;
        this.needsManage = needsManage;
    }

    /** Sends the operation's valid call on {@code spec} (which carries the identity). */
    public abstract Response send(RequestSpecification spec, TargetApi api);

    public String id() {
        return operationId;
    }

    /** The status of a successful call: 200, or 204 for cancel. */
    public int success() {
        return success;
    }

    /** True when only sp:report:manage may call it (startReport, cancelReport). */
    public boolean needsManage() {
        return needsManage;
    }
}
