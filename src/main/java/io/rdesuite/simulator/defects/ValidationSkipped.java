package io.rdesuite.simulator.defects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.SimJson;
import io.rdesuite.simulator.operations.ArgumentRules;
import io.rdesuite.simulator.operations.Parameters;
import io.rdesuite.simulator.operations.StartReport;
import io.rdesuite.simulator.reports.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * VALIDATION_SKIPPED as a repair: what the honest operation would refuse with 400 is made acceptable before it
 * looks. startReport: an empty body is an empty object, an unknown reportType is IDENTITIES, arguments that are not
 * an object are left out and each refused argument takes the document example's value (or is left out);
 * getReportResult: a completed that is not a boolean is left out; getReport: a missing or unknown fileFormat is
 * csv, a format the report lacks is its first available one, an auditable that is not a boolean is left out.
 * Bodies that are not JSON objects stay refused.
 */
final class ValidationSkipped {

    /** More than any report type has arguments: each fix settles one argument for good. */
    private static final int MAX_FIXES = 16;

    private ValidationSkipped() {
    }

    static ApiRequest repair(DefectContext context, Operation operation, ApiRequest request) {
        return switch (operation) {
            case START_REPORT -> startReport(request);
            case GET_REPORT_RESULT -> withoutNonBoolean(request, "completed");
            case GET_REPORT -> getReport(context, withoutNonBoolean(request, "auditable"));
            case CANCEL_REPORT -> request;
        };
    }

    private static ApiRequest startReport(ApiRequest request) {
        ObjectNode body;
        try {
            JsonNode parsed = request.body().length == 0 ? SimJson.MAPPER.createObjectNode() : SimJson.read(request.body());
            if (!(parsed instanceof ObjectNode object)) {
                return request;
            }
            body = object;
        } catch (IOException e) {
            return request;
        }
        ReportType type = StartReport.reportType(body.get("reportType"));
        if (type == null) {
            type = ReportType.IDENTITIES;
            body.put("reportType", type.name());
        }
        JsonNode arguments = body.get("arguments");
        if (arguments != null && !arguments.isObject()) {
            body.remove("arguments");
        }
        JsonNode example = exampleArguments(type);
        ArgumentRules.Violation violation = ArgumentRules.check(type, body.get("arguments"));
        for (int fixes = 0; violation != null && violation.field() != null && fixes < MAX_FIXES; fixes++) {
            ObjectNode fixed = body.get("arguments") instanceof ObjectNode object ? object : body.putObject("arguments");
            JsonNode value = example.get(violation.field());
            if (value == null) {
                fixed.remove(violation.field());
            } else {
                fixed.set(violation.field(), value.deepCopy());
            }
            violation = ArgumentRules.check(type, fixed);
        }
        return request.withBody(SimJson.bytes(body));
    }

    private static ApiRequest getReport(DefectContext context, ApiRequest request) {
        String given = request.queryParam("fileFormat");
        FileFormat format = given == null || given.isBlank() ? null : Parameters.fileFormat(given);
        if (format == null) {
            format = FileFormat.CSV;
        }
        Optional<Task> task = context.engine().find(request.pathParam("taskResultId"));
        if (task.isPresent() && !task.get().availableFormats().contains(format)) {
            format = task.get().availableFormats().get(0);
        }
        return request.withQueryParam("fileFormat", format.queryValue());
    }

    private static ApiRequest withoutNonBoolean(ApiRequest request, String name) {
        String value = request.queryParam(name);
        return value == null || Parameters.isBoolean(value) ? request : request.withQueryParam(name, null);
    }

    private static JsonNode exampleArguments(ReportType type) {
        try {
            return SimJson.read(ReportExamples.json(type).getBytes(StandardCharsets.UTF_8))
                    .path("arguments");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
