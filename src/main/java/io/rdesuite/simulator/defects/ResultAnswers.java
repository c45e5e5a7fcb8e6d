package io.rdesuite.simulator.defects;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;

/** The defects' rewrites of the /result a client waits on: a report lost, mixed up with another, never ending. */
final class ResultAnswers {

    private ResultAnswers() {
    }

    /** RESULT_FORGOTTEN: the result of a known report answers {} (as for an unknown id). */
    static void forgotten(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        ObjectNode result = result(operation, response);
        if (result != null && result.has("id")) {
            result.removeAll();
        }
    }

    /** RESULT_OTHER_ID: the result names another report (the id reversed, still 32 hex). */
    static void otherId(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        ObjectNode result = result(operation, response);
        if (result != null && result.path("id").isTextual()) {
            result.put("id", new StringBuilder(result.get("id").asText()).reverse().toString());
        }
    }

    /** RESULT_OTHER_REPORT_TYPE: the result carries the next report type of the document's list. */
    static void otherReportType(DefectContext context, Operation operation, ApiRequest request,
                                ApiResponse response) {
        ObjectNode result = result(operation, response);
        if (result != null && result.path("reportType").isTextual()) {
            ReportType type = ReportType.valueOf(result.get("reportType").asText());
            ReportType[] all = ReportType.values();
            result.put("reportType", all[(type.ordinal() + 1) % all.length].name());
        }
    }

    /** REPORT_NEVER_COMPLETES: an ended report shows as running: no status, rows or duration. */
    static void neverCompletes(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        ObjectNode result = result(operation, response);
        if (result != null && result.has("status")) {
            result.remove("status");
            result.remove("rows");
            result.remove("duration");
        }
    }

    private static ObjectNode result(Operation operation, ApiResponse response) {
        return operation == Operation.GET_REPORT_RESULT && response.status() == 200 ? response.jsonObject() : null;
    }
}
