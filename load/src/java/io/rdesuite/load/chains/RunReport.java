package io.rdesuite.load.chains;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.pause;

import io.gatling.javaapi.core.ChainBuilder;
import io.rdesuite.api.FileFormat;
import io.rdesuite.load.endpoints.GetReport;
import io.rdesuite.load.endpoints.GetReportResult;
import io.rdesuite.load.support.LoadRun;
import java.time.Duration;

/**
 * One user's report, end to end: run it (a running task of the same report and arguments comes back instead
 * of a new one), poll its result with backoff until it has a status, download the file in the session's
 * {@code fileFormat} and check it. The group's time is the end-to-end report time.
 */
public final class RunReport {

    public static final String GROUP = "report end-to-end";
    private static final int MAX_POLLS = 40;

    private RunReport() {
    }

    public static ChainBuilder journey(LoadRun run) {
        return group(GROUP).on(
                Tracking.start(run)
                        .exec(session -> session.set("polls", 0).remove("reportStatus"))
                        .asLongAs(session -> !session.contains("reportStatus") && session.getInt("polls") < MAX_POLLS)
                        .on(pause(session -> backoff(session.getInt("polls")))
                                .exec(Retrying.on429(run, GetReportResult.request(run)))
                                .exec(session -> session.set("polls", session.getInt("polls") + 1)))
                        .doIf(session -> session.contains("reportStatus")).then(
                                Tracking.ended(run)
                                        .doIfEqualsOrElse("#{fileFormat}", FileFormat.PDF.queryValue())
                                        .then(Retrying.on429(run, GetReport.pdf(run)))
                                        .orElse(Retrying.on429(run, GetReport.csv(run)))));
    }

    /** 250 ms, doubling to at most 2 s: a report takes seconds, polling faster only spends the budget. */
    static Duration backoff(int polls) {
        return Duration.ofMillis(Math.min(2_000, 250L << Math.min(polls, 3)));
    }
}
