package io.rdesuite.load.chains;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;

import io.gatling.javaapi.core.ChainBuilder;
import io.rdesuite.load.endpoints.CancelReport;
import io.rdesuite.load.endpoints.GetReportResult;
import io.rdesuite.load.support.LoadRun;
import java.time.Duration;

/**
 * Runs a report and cancels it after a short, random while, then reads its result: the report must show
 * TERMINATED (or its end status, when it finished first). Several users cancel the same report when their
 * arguments coincide.
 */
public final class CancelInterleaved {

    private CancelInterleaved() {
    }

    public static ChainBuilder journey(LoadRun run) {
        return Tracking.start(run)
                .pause(Duration.ZERO, Duration.ofMillis(600))
                .exec(Retrying.on429(run, CancelReport.request(run)))
                .doIf(Retrying::accepted).then(Tracking.ended(run))
                .exec(session -> session.remove("reportStatus"))
                .exec(pause(Duration.ofMillis(50)))
                .exec(Retrying.on429(run, GetReportResult.request(run)));
    }
}
