package io.rdesuite.load.chains;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.gatling.javaapi.core.ChainBuilder;
import io.rdesuite.load.endpoints.StartReport;
import io.rdesuite.load.support.Lane;
import io.rdesuite.load.support.LoadRun;

/** Starting a report so that it is tracked until it is seen to end, and saying that it ended. */
final class Tracking {

    private Tracking() {
    }

    /** Starts the session's report (waiting out 429s); a user whose start was not accepted leaves here. */
    static ChainBuilder start(LoadRun run) {
        return exec(Retrying.on429(run, StartReport.request(run)))
                .exitHereIf(session -> !session.contains(LoadRun.TASK_ID))
                .exec(session -> {
                    run.tracker().started(session.getString(LoadRun.TASK_ID), Lane.owner(session));
                    return session;
                });
    }

    static ChainBuilder ended(LoadRun run) {
        return exec(session -> {
            run.tracker().ended(session.getString(LoadRun.TASK_ID));
            return session;
        });
    }
}
