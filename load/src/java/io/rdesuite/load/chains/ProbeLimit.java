package io.rdesuite.load.chains;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.rdesuite.load.endpoints.GetReportResult;
import io.rdesuite.load.support.LoadRun;
import io.rdesuite.load.support.RateLimitGate;
import io.rdesuite.load.support.RateLimitProbe;
import io.rdesuite.load.support.RateLimitProbes;
import java.time.Duration;

/**
 * One client probing its limit with getReportResult, the cheapest read: its {@link RateLimitProbe} decides when
 * to send; every answer goes to it and to the gate. The request that completes the probe carries its verdict
 * (limit and window estimated within tolerance).
 */
public final class ProbeLimit {

    private ProbeLimit() {
    }

    public static ChainBuilder journey(LoadRun run, RateLimitProbes probes) {
        return asLongAs(session -> !probeOf(probes, session).done()).on(
                doIf(session -> pauseMs(probes, session) > 0)
                        .then(pause(session -> Duration.ofMillis(pauseMs(probes, session))))
                        .exec(GetReportResult.probe(run, (response, session) -> probes.record(clientOf(session),
                                        RateLimitProbe.Sample.of(response.startTimestamp(), response.endTimestamp(),
                                                response.status().code(), response.headers().get("Retry-After"))))
                                .check(status().transformWithSession((code, session) -> probes.verdict(clientOf(session)))
                                        .is(RateLimitGate.OK).name("rate-limit probe verdict"))));
    }

    private static String clientOf(Session session) {
        return session.getString(LoadRun.CLIENT);
    }

    private static RateLimitProbe probeOf(RateLimitProbes probes, Session session) {
        return probes.of(clientOf(session));
    }

    private static long pauseMs(RateLimitProbes probes, Session session) {
        return probeOf(probes, session).pauseMs(System.currentTimeMillis());
    }
}
