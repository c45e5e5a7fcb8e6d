package io.rdesuite.client;

import io.rdesuite.api.ReportType;

/**
 * Not waited for: an earlier wait for a report of the same type already timed out on this target, so this one
 * fails at once instead of waiting its full timeout again. Refers to that first wait.
 */
public class ReportTypeTimedOutException extends ClientException {

    private final transient AwaitTimeoutException first;

    public ReportTypeTimedOutException(String reportId, ReportType reportType, AwaitTimeoutException first) {
        super(ReportWait.name(reportId, reportType) + " not waited for: an earlier wait for a " + reportType
                + " report timed out on this target (" + first.getMessage() + "); later waits for " + reportType
                + " reports fail at once");
        this.first = first;
    }

    /** The wait that timed out first. */
    public AwaitTimeoutException first() {
        return first;
    }
}
