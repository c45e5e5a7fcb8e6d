package io.rdesuite.client;

import io.rdesuite.api.Durations;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.model.ReportResults;
import java.time.Duration;

/** A report did not reach a final status in time: no verdict on the API, the wait ran out. */
public class AwaitTimeoutException extends ClientException {

    private final String reportId;
    private final transient ReportType reportType;
    private final Duration timeout;
    private final transient ReportResults lastSeen;
    private final String lastAnswer;

    public AwaitTimeoutException(String reportId, ReportType reportType, Duration timeout, ReportResults lastSeen,
                                 String lastAnswer) {
        super(ReportWait.name(reportId, reportType) + " timed out: no final status after "
                + Durations.format(timeout) + "; expected a result with a status; last answer: " + lastAnswer);
        this.reportId = reportId;
        this.reportType = reportType;
        this.timeout = timeout;
        this.lastSeen = lastSeen;
        this.lastAnswer = lastAnswer;
    }

    /** The last answer to a poll, on one line ("none" when no poll was answered). */
    public String lastAnswer() {
        return lastAnswer;
    }

    public String reportId() {
        return reportId;
    }

    /** The report's type, null when neither its start nor any answer said. */
    public ReportType reportType() {
        return reportType;
    }

    public Duration timeout() {
        return timeout;
    }

    /** The last result read, null when no poll succeeded. */
    public ReportResults lastSeen() {
        return lastSeen;
    }
}
