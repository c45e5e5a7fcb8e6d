package io.rdesuite.load.chains;

import io.gatling.javaapi.core.ChainBuilder;
import io.rdesuite.load.endpoints.GetReportResult;
import io.rdesuite.load.support.LoadRun;

/** Polls the result of the session's existing {@code taskId} once, waiting out any 429. */
public final class PollExisting {

    private PollExisting() {
    }

    public static ChainBuilder once(LoadRun run) {
        return Retrying.on429(run, GetReportResult.request(run));
    }
}
