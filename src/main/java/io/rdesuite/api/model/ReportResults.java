package io.rdesuite.api.model;

import io.rdesuite.api.ReportType;
import io.rdesuite.api.FileFormat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/** GET /reports/{taskResultId}/result. Every field may be absent: an unknown id answers an empty object. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportResults(
        ReportType reportType,
        String taskDefName,
        String id,
        OffsetDateTime created,
        ReportStatus status,
        Long duration,
        Long rows,
        List<FileFormat> availableFormats) {

    public enum ReportStatus { SUCCESS, FAILURE, WARNING, TERMINATED }

    @JsonIgnore
    public boolean isEmpty() {
        return reportType == null && id == null && status == null;
    }
}
