package io.rdesuite.load.chains;

import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.rdesuite.load.endpoints.GetReportResult;
import io.rdesuite.load.support.LoadRun;
import io.rdesuite.load.support.RateLimitGate;
import java.time.Duration;
import java.util.function.Function;

/**
 * One client offering a steady rate of reads for a while, 429s and all (no waiting: the point is to see what
 * the limit lets through). The last request carries the per-client verdict.
 */
public final class OfferedRate {

    private OfferedRate() {
    }

    public static ChainBuilder journey(LoadRun run, int requests, Duration spacing,
                                       Function<String, String> verdictOfClient) {
        return repeat(requests, "i").on(
                pace(spacing).exec(GetReportResult.request(run)
                        .check(status().transformWithSession((code, session) -> session.getInt("i") == requests - 1
                                        ? verdictOfClient.apply(session.getString(LoadRun.CLIENT))
                                        : RateLimitGate.OK)
                                .is(RateLimitGate.OK).name("per-client limit verdict"))));
    }
}
