package io.rdesuite.load.chains;

import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.rdesuite.load.endpoints.GetReportResult;
import io.rdesuite.load.support.LoadRun;
import io.rdesuite.load.support.RateLimitGate;
import java.time.Duration;
import java.util.function.Function;

/**
 * One client offering a steady rate of reads for a while, 429s and all (no waiting: the point is to see what
 * the limit lets through). The last request carries the verdict on the user's client (in its version).
 */
public final class OfferedRate {

    private OfferedRate() {
    }

    public static ChainBuilder journey(LoadRun run, int requests, Duration spacing,
                                       Function<Session, String> verdictOfUser) {
        return repeat(requests, "i").on(
                pace(spacing).exec(GetReportResult.request(run)
                        .check(status().transformWithSession((code, session) -> session.getInt("i") == requests - 1
                                        ? verdictOfUser.apply(session)
                                        : RateLimitGate.OK)
                                .is(RateLimitGate.OK).name("per-client limit verdict"))));
    }
}
