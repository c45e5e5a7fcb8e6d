package io.rdesuite.api.model;

import io.rdesuite.api.ReportType;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** POST /reports/run answers the task that runs (or already ran) the report. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TaskResultDetails(
        TaskType type,
        String id,
        ReportType reportType,
        String description,
        String parentName,
        String launcher,
        OffsetDateTime created,
        OffsetDateTime launched,
        OffsetDateTime completed,
        CompletionStatus completionStatus,
        List<TaskMessage> messages,
        List<TaskReturn> returns,
        Map<String, Object> attributes,
        String progress) {

    public enum TaskType { QUARTZ, QPOC, MENTOS, QUEUED_TASK }

    public enum CompletionStatus { SUCCESS, WARNING, ERROR, TERMINATED, TEMP_ERROR }

    @JsonIgnore
    public boolean isRunning() {
        return completionStatus == null;
    }

    public record TaskMessage(MessageType type, Boolean error, Boolean warning, String key, String localizedText) {
        public enum MessageType { INFO, WARN, ERROR }
    }

    public record TaskReturn(String displayLabel, String attributeName) {
    }
}
