package io.rdesuite.simulator;

import io.rdesuite.api.Defect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.model.ReportResults;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.model.TaskResultDetails;
import io.rdesuite.api.model.TaskResultDetails.CompletionStatus;
import io.rdesuite.api.model.TaskResultDetails.TaskMessage;
import io.rdesuite.simulator.AuditLog.AuditEvent;
import io.rdesuite.simulator.auth.TokenService;
import io.rdesuite.simulator.auth.TokenService.Principal;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import io.rdesuite.simulator.http.ErrorBodies;
import io.rdesuite.simulator.http.SimJson;
import io.rdesuite.simulator.reports.Outcome;
import io.rdesuite.simulator.reports.ReportFiles.ReportFile;
import io.rdesuite.simulator.reports.ReportTexts;
import io.rdesuite.simulator.reports.Task;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The four Reports Data Extraction operations, behind authentication, rate limiting and scope checks. */
final class ReportsApi {

    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    private final SimulatorState state;
    private final ErrorBodies errors;
    private final Defects defects;

    ReportsApi(SimulatorState state) {
        this.state = state;
        this.errors = state.errors;
        this.defects = state.defects;
    }

    ApiResponse startReport(ApiRequest request, Principal principal) {
        boolean lenient = defects.has(Defect.VALIDATION_SKIPPED);
        JsonNode body;
        if (request.body().length == 0) {
            if (!lenient) {
                return invalid(ErrorBodies.REQUIRED_DATA_MISSING, "The request body is required");
            }
            body = SimJson.MAPPER.createObjectNode();
        } else {
            try {
                body = SimJson.read(request.body());
            } catch (IOException e) {
                return invalid(ErrorBodies.BAD_REQUEST_CONTENT, "The request body is not valid JSON");
            }
        }
        if (body == null || !body.isObject()) {
            return invalid(ErrorBodies.BAD_REQUEST_CONTENT, "The request body must be a JSON object");
        }
        JsonNode typeNode = body.get("reportType");
        ReportType type = null;
        if (typeNode != null && typeNode.isTextual()) {
            type = Arrays.stream(ReportType.values()).filter(t -> t.name().equals(typeNode.asText()))
                    .findFirst().orElse(null);
        }
        if (type == null && !lenient) {
            if (typeNode == null || typeNode.isNull()) {
                return invalid(ErrorBodies.REQUIRED_DATA_MISSING, "reportType is required");
            }
            return invalid(ErrorBodies.ILLEGAL_VALUE, "reportType '" + typeNode.asText() + "' is not one of "
                    + Arrays.toString(ReportType.values()));
        }
        if (type == null) {
            type = ReportType.IDENTITIES;
        }
        JsonNode arguments = body.get("arguments");
        ArgumentRules.Violation violation = lenient ? null : ArgumentRules.check(type, arguments);
        if (violation != null) {
            return invalid(violation.detailCode(), violation.text());
        }
        if (arguments != null && !arguments.isObject()) {
            arguments = null;
        }
        boolean reuse = !defects.has(Defect.REPEATED_START_CREATES_NEW_TASK);
        Task task = state.engine.start(type, arguments, principal.clientId(), reuse).task();
        return taskResponse(200, task);
    }

    ApiResponse getReportResult(ApiRequest request, Principal principal) {
        String completed = request.queryParam("completed");
        if (completed != null && !isBoolean(completed) && !defects.has(Defect.VALIDATION_SKIPPED)) {
            return invalid(ErrorBodies.ILLEGAL_VALUE, "completed must be true or false, not '" + completed + "'");
        }
        Optional<Task> task = state.engine.find(request.pathParam("taskResultId"));
        Instant now = state.engine.now();
        if (task.isEmpty() || (task.get().phase(now) == Task.Phase.RUNNING
                && state.runningResultView == SimulatorConfig.RunningResultView.EMPTY)) {
            return new ApiResponse(200, "application/json;charset=utf-8", EMPTY_OBJECT);
        }
        ReportResults view = resultView(task.get(), now);
        if (!defects.has(Defect.RESULT_STATUS_OUT_OF_ENUM) && !defects.has(Defect.RESULT_ROWS_OFF_BY_ONE)
                && !defects.has(Defect.RESULT_ROWS_AS_STRING)) {
            return ApiResponse.json(200, view);
        }
        ObjectNode json = SimJson.MAPPER.valueToTree(view);
        if (json.has("status") && defects.has(Defect.RESULT_STATUS_OUT_OF_ENUM)) {
            json.put("status", "DONE");
        }
        if (json.has("rows") && defects.has(Defect.RESULT_ROWS_OFF_BY_ONE)) {
            json.put("rows", json.get("rows").asLong() + 1);
        }
        if (json.has("rows") && defects.has(Defect.RESULT_ROWS_AS_STRING)) {
            json.put("rows", json.get("rows").asText());
        }
        return ApiResponse.json(200, json);
    }

    ApiResponse getReport(ApiRequest request, Principal principal) {
        boolean lenient = defects.has(Defect.VALIDATION_SKIPPED);
        String formatParam = request.queryParam("fileFormat");
        FileFormat format;
        if (formatParam == null || formatParam.isBlank()) {
            if (!lenient) {
                return invalid(ErrorBodies.REQUIRED_DATA_MISSING, "fileFormat is required: csv or pdf");
            }
            format = FileFormat.CSV;
        } else {
            format = parseFormat(formatParam);
            if (format == null) {
                if (!lenient) {
                    return invalid(ErrorBodies.ILLEGAL_VALUE, "fileFormat '" + formatParam + "' is not csv or pdf");
                }
                format = FileFormat.CSV;
            }
        }
        String auditable = request.queryParam("auditable");
        if (auditable != null && !isBoolean(auditable) && !lenient) {
            return invalid(ErrorBodies.ILLEGAL_VALUE, "auditable must be true or false, not '" + auditable + "'");
        }
        Optional<Task> found = state.engine.find(request.pathParam("taskResultId"));
        Instant now = state.engine.now();
        if (found.isEmpty() || !found.get().hasFile(now)) {
            if (found.isEmpty() && defects.has(Defect.UNKNOWN_REPORT_FILE_AS_EMPTY_200)) {
                return new ApiResponse(200, state.config.csvContentType(), new byte[0])
                        .header("Content-disposition", "attachment;filename=\"report.csv\"");
            }
            return errors.notFound();
        }
        Task task = found.get();
        if (!task.availableFormats().contains(format) && !lenient) {
            return invalid(ErrorBodies.ILLEGAL_VALUE, "fileFormat " + format.queryValue()
                    + " is not available for this report; available: " + task.availableFormats());
        }
        ReportFile file = state.files.file(task, format, state.engine.seedFor(task));
        String fileName = fileName(request.queryParam("name"), task, file);
        if (Boolean.parseBoolean(auditable)) {
            state.audit.record(new AuditEvent("REPORT_DOWNLOADED", task.id(), principal.clientId(),
                    format.queryValue(), fileName, now));
        }
        byte[] content = file.content();
        if (defects.has(Defect.CSV_MISSING_LAST_ROW) && file.kind().equals("csv")) {
            content = withoutLastLine(content);
        }
        if (defects.has(Defect.PDF_CORRUPT) && file.kind().equals("pdf")) {
            content = Arrays.copyOf(content, content.length / 2);
        }
        String contentType = switch (file.kind()) {
            case "pdf" -> "application/pdf";
            case "zip" -> "application/zip";
            default -> state.config.csvContentType();
        };
        if (defects.has(Defect.WRONG_FILE_CONTENT_TYPE)) {
            contentType = "text/plain";
        }
        ApiResponse response = new ApiResponse(200, contentType, content);
        if (!defects.has(Defect.CONTENT_DISPOSITION_MISSING)) {
            response.header("Content-disposition", "attachment;filename=\"" + fileName + "\"");
        }
        return response;
    }

    ApiResponse cancelReport(ApiRequest request, Principal principal) {
        String id = request.pathParam("id");
        if (!Ids.isHex32(id)) {
            return invalid(ErrorBodies.ILLEGAL_VALUE, "'" + id + "' is not a task result id (32 hex characters)");
        }
        Optional<Task> task = state.engine.find(id);
        if (task.isEmpty()) {
            return invalid(ErrorBodies.ILLEGAL_VALUE, "No report task with id " + id);
        }
        if (!defects.has(Defect.CANCEL_IGNORED)) {
            state.engine.cancel(task.get());
        }
        if (defects.has(Defect.CANCEL_ANSWERS_200)) {
            return taskResponse(200, task.get());
        }
        return ApiResponse.empty(204);
    }

    private ApiResponse invalid(String detailCode, String text) {
        ApiResponse response = errors.badRequest(detailCode, text);
        return defects.has(Defect.BAD_REQUEST_AS_500) ? errors.internalFault(500) : response;
    }

    ApiResponse taskResponse(int status, Task task) {
        ObjectNode json = SimJson.MAPPER.valueToTree(taskView(task, state.engine.now()));
        if (defects.has(Defect.TASK_ID_RENAMED)) {
            json.set("taskId", json.remove("id"));
        }
        if (defects.has(Defect.TASK_TIMESTAMPS_DISORDERED)) {
            json.put("launched", task.created().minusSeconds(1).toString());
        }
        return ApiResponse.json(status, json);
    }

    TaskResultDetails taskView(Task task, Instant now) {
        Task.Phase phase = task.phase(now);
        CompletionStatus status = switch (phase) {
            case RUNNING -> null;
            case TERMINATED -> CompletionStatus.TERMINATED;
            case COMPLETED -> task.outcome().completionStatus();
        };
        String progress = switch (phase) {
            case RUNNING -> task.percentDone(now) < 10 ? "Initializing..." : "Processing: " + task.percentDone(now) + "%";
            case TERMINATED -> "Terminated";
            case COMPLETED -> "Completed";
        };
        List<TaskMessage> messages = List.of();
        if (phase == Task.Phase.COMPLETED && task.outcome() == Outcome.WARNING) {
            messages = List.of(new TaskMessage(TaskMessage.MessageType.WARN, false, true,
                    "report_warning", "Some rows could not be read and were left out."));
        } else if (phase == Task.Phase.COMPLETED && !task.outcome().producesFile()) {
            messages = List.of(new TaskMessage(TaskMessage.MessageType.ERROR, true, false,
                    "report_error", "The report could not be produced."));
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("org", TokenService.ORG);
        if (task.reportType() == ReportType.SEARCH_EXPORT && task.arguments() != null) {
            attributes.put("queryParams", task.arguments());
        }
        return new TaskResultDetails(TaskResultDetails.TaskType.QUARTZ, task.id(), task.reportType(),
                ReportTexts.description(task.reportType()), null, task.launcher(), utc(task.created()), utc(task.launched()),
                utc(task.completedAt(now)), status, messages, List.of(), attributes, progress);
    }

    ReportResults resultView(Task task, Instant now) {
        Task.Phase phase = task.phase(now);
        if (phase == Task.Phase.RUNNING) {
            return new ReportResults(task.reportType(), ReportTexts.taskDefName(task.reportType()), task.id(),
                    utc(task.created()), null, null, null, task.availableFormats());
        }
        ReportResults.ReportStatus status = phase == Task.Phase.TERMINATED
                ? ReportResults.ReportStatus.TERMINATED : task.outcome().reportStatus();
        long duration = Duration.between(task.launched(), task.completedAt(now)).toMillis();
        long rows = task.hasFile(now) ? task.rows() : 0;
        return new ReportResults(task.reportType(), ReportTexts.taskDefName(task.reportType()), task.id(), utc(task.created()),
                status, duration, rows, task.availableFormats());
    }

    private static String fileName(String requested, Task task, ReportFile file) {
        String base = requested == null || requested.isBlank() ? ReportTexts.taskDefName(task.reportType()) : requested;
        base = base.replaceAll("[\"\\\\\\r\\n/]", "_");
        String extension = "." + file.extension();
        return base.toLowerCase(Locale.ROOT).endsWith(extension) ? base : base + extension;
    }

    private static FileFormat parseFormat(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "csv" -> FileFormat.CSV;
            case "pdf" -> FileFormat.PDF;
            default -> null;
        };
    }

    private static boolean isBoolean(String value) {
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
    }

    private static byte[] withoutLastLine(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        int end = text.endsWith("\r\n") ? text.length() - 2 : text.length();
        int cut = text.lastIndexOf("\r\n", end - 1);
        return (cut < 0 ? text : text.substring(0, cut + 2)).getBytes(StandardCharsets.UTF_8);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
