package io.rdesuite.simulator.operations;

import io.rdesuite.api.FileFormat;
import io.rdesuite.simulator.Assumptions;
import io.rdesuite.simulator.auth.TokenService.Principal;
import io.rdesuite.simulator.gateway.OperationHandler;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import io.rdesuite.simulator.http.ErrorBodies;
import io.rdesuite.simulator.reports.AuditLog.AuditEvent;
import io.rdesuite.simulator.reports.AuditLog;
import io.rdesuite.simulator.reports.ReportEngine;
import io.rdesuite.simulator.reports.ReportFiles.ReportFile;
import io.rdesuite.simulator.reports.ReportFiles;
import io.rdesuite.simulator.reports.ReportTexts;
import io.rdesuite.simulator.reports.Task;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * GET /v3/reports/{taskResultId}?fileFormat=csv|pdf&name=&auditable=: the report's file with its content type and
 * Content-disposition; 404 until the report has one (while it runs: a setting, {@link Assumptions}).
 * auditable=true records an audit event.
 */
public record GetReport(ReportEngine engine, ReportFiles files, AuditLog audit, String csvContentType,
                        Supplier<Assumptions> assumptions) implements OperationHandler {

    @Override
    public ApiResponse handle(ApiRequest request, Principal principal) {
        String formatParam = request.queryParam("fileFormat");
        if (formatParam == null || formatParam.isBlank()) {
            return ErrorBodies.badRequest(ErrorBodies.REQUIRED_DATA_MISSING, "fileFormat is required: csv or pdf");
        }
        FileFormat format = Parameters.fileFormat(formatParam);
        if (format == null) {
            return ErrorBodies.badRequest(ErrorBodies.ILLEGAL_VALUE, "fileFormat '" + formatParam + "' is not csv or pdf");
        }
        String auditable = request.queryParam("auditable");
        if (auditable != null && !Parameters.isBoolean(auditable)) {
            return ErrorBodies.badRequest(ErrorBodies.ILLEGAL_VALUE,
                    "auditable must be true or false, not '" + auditable + "'");
        }
        Optional<Task> found = engine.find(request.pathParam("taskResultId"));
        Instant now = engine.now();
        if (found.isPresent() && found.get().phase(now) == Task.Phase.RUNNING
                && assumptions.get().getReportBeforeCompletion() == 400) {
            return ErrorBodies.badRequest(ErrorBodies.ILLEGAL_VALUE, "The report is still running: it has no file yet");
        }
        if (found.isEmpty() || !found.get().hasFile(now)) {
            return ErrorBodies.notFound();
        }
        Task task = found.get();
        if (!task.availableFormats().contains(format)) {
            return ErrorBodies.badRequest(ErrorBodies.ILLEGAL_VALUE, "fileFormat " + format.queryValue()
                    + " is not available for this report; available: " + task.availableFormats());
        }
        ReportFile file = files.file(task, format, engine.seedFor(task));
        String fileName = fileName(request.queryParam("name"), task, file);
        if (Boolean.parseBoolean(auditable)) {
            audit.record(new AuditEvent("REPORT_DOWNLOADED", task.id(), principal.clientId(),
                    format.queryValue(), fileName, now));
        }
        return new ApiResponse(200, contentType(file), file.content())
                .header("Content-disposition", "attachment;filename=\"" + fileName + "\"");
    }

    private String contentType(ReportFile file) {
        return switch (file.kind()) {
            case "pdf" -> "application/pdf";
            case "zip" -> "application/zip";
            default -> csvContentType;
        };
    }

    private static String fileName(String requested, Task task, ReportFile file) {
        String base = requested == null || requested.isBlank() ? ReportTexts.taskDefName(task.reportType()) : requested;
        base = base.replaceAll("[\"\\\\\\r\\n/]", "_");
        String extension = "." + file.extension();
        return base.toLowerCase(Locale.ROOT).endsWith(extension) ? base : base + extension;
    }
}
