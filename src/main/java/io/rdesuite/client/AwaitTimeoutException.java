package io.rdesuite.client;

import io.rdesuite.api.model.ReportResults;
import java.time.Duration;

/** A report did not reach a final status in time. */
public class AwaitTimeoutException extends ClientException {

    private final transient ReportResults lastSeen;

    public AwaitTimeoutException(String taskResultId, Duration timeout, ReportResults lastSeen) {
        super("Report " + taskResultId + " had no final status after " + timeout + "; last seen: " + lastSeen);
        this.lastSeen = lastSeen;
    }

    /** The last result read, null when no poll succeeded. */
    public ReportResults lastSeen() {
        return lastSeen;
    }
}
