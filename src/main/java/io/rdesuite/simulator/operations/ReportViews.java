package io.rdesuite.simulator.operations;

import io.rdesuite.api.ReportType;
import io.rdesuite.api.model.ReportResults;
import io.rdesuite.api.model.TaskResultDetails.CompletionStatus;
import io.rdesuite.api.model.TaskResultDetails.TaskMessage;
import io.rdesuite.api.model.TaskResultDetails;
import io.rdesuite.simulator.SimulatorConfig.RunningResultView;
import io.rdesuite.simulator.auth.TokenService;
import io.rdesuite.simulator.http.SimJson;
import io.rdesuite.simulator.reports.Outcome;
import io.rdesuite.simulator.reports.ReportTexts;
import io.rdesuite.simulator.reports.Task;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a task reads in the documents: TaskResultDetails (startReport, the control API's task list) and ReportResults
 * (getReportResult). How a running report shows in /result is a setting, since the document has no "running".
 */
public final class ReportViews {

    private volatile RunningResultView runningResultView;

    public ReportViews(RunningResultView runningResultView) {
        this.runningResultView = runningResultView;
    }

    public RunningResultView runningResultView() {
        return runningResultView;
    }

    public void runningResultView(RunningResultView view) {
        this.runningResultView = view;
    }

    public TaskResultDetails taskView(Task task, Instant now) {
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
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("org", TokenService.ORG);
        if (task.reportType() == ReportType.SEARCH_EXPORT && task.arguments() != null) {
            attributes.put("queryParams", task.arguments());
        }
        return new TaskResultDetails(TaskResultDetails.TaskType.QUARTZ, task.id(), task.reportType(),
                ReportTexts.description(task.reportType()), null, task.launcher(), utc(task.created()),
                utc(task.launched()), utc(task.completedAt(now)), status, messages(task, phase), List.of(), attributes,
                progress);
    }

    private static List<TaskMessage> messages(Task task, Task.Phase phase) {
        if (phase == Task.Phase.COMPLETED && task.outcome() == Outcome.WARNING) {
            return List.of(new TaskMessage(TaskMessage.MessageType.WARN, false, true,
                    "report_warning", "Some rows could not be read and were left out."));
        }
        if (phase == Task.Phase.COMPLETED && !task.outcome().producesFile()) {
            return List.of(new TaskMessage(TaskMessage.MessageType.ERROR, true, false,
                    "report_error", "The report could not be produced."));
        }
        return List.of();
    }

    /** The task's ReportResults, or null when it is running and running reports show as an empty object. */
    public ReportResults resultView(Task task, Instant now) {
        return resultView(task, task.phase(now), runningResultView, now);
    }

    /**
     * {@link #resultView} as JSON, or null for the empty object. A task's ReportResults depends only on the task
     * and its phase (and, while it runs, on the running view setting, read first): it is written once per phase
     * and kept with the task, so polling a report does not serialise the same answer again and again. The bytes
     * are shared; rewriters of the answer (the defects and variants) set new ones.
     */
    public byte[] resultBytes(Task task, Instant now) {
        Task.Phase phase = task.phase(now);
        RunningResultView running = runningResultView;
        if (phase == Task.Phase.RUNNING && running == RunningResultView.EMPTY) {
            return null;
        }
        return task.renderedIn(phase, () -> SimJson.bytes(resultView(task, phase, running, now)));
    }

    private static ReportResults resultView(Task task, Task.Phase phase, RunningResultView running, Instant now) {
        String taskDefName = ReportTexts.taskDefName(task.reportType());
        if (phase == Task.Phase.RUNNING) {
            return running == RunningResultView.EMPTY ? null : new ReportResults(task.reportType(),
                    taskDefName, task.id(), utc(task.created()), null, null, null, task.availableFormats());
        }
        ReportResults.ReportStatus status = phase == Task.Phase.TERMINATED
                ? ReportResults.ReportStatus.TERMINATED : task.outcome().reportStatus();
        long duration = Duration.between(task.launched(), task.completedAt(now)).toMillis();
        long rows = task.hasFile(now) ? task.rows() : 0;
        return new ReportResults(task.reportType(), taskDefName, task.id(), utc(task.created()), status, duration,
                rows, task.availableFormats());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
