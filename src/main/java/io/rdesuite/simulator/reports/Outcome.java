package io.rdesuite.simulator.reports;

import io.rdesuite.api.model.ReportResults.ReportStatus;
import io.rdesuite.api.model.TaskResultDetails.CompletionStatus;
import java.util.Locale;

/** How a report ends when it is not cancelled: configurable per report type. */
public enum Outcome {
    SUCCESS(CompletionStatus.SUCCESS, ReportStatus.SUCCESS, true),
    WARNING(CompletionStatus.WARNING, ReportStatus.WARNING, true),
    ERROR(CompletionStatus.ERROR, ReportStatus.FAILURE, false),
    TEMP_ERROR(CompletionStatus.TEMP_ERROR, ReportStatus.FAILURE, false);

    private final CompletionStatus completionStatus;
    private final ReportStatus reportStatus;
    private final boolean producesFile;

    Outcome(CompletionStatus completionStatus, ReportStatus reportStatus, boolean producesFile) {
        this.completionStatus = completionStatus;
        this.reportStatus = reportStatus;
        this.producesFile = producesFile;
    }

    public CompletionStatus completionStatus() {
        return completionStatus;
    }

    public ReportStatus reportStatus() {
        return reportStatus;
    }

    public boolean producesFile() {
        return producesFile;
    }

    public static Outcome parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not an outcome; use SUCCESS, WARNING, ERROR or TEMP_ERROR");
        }
    }
}
