package io.rdesuite.load.chains;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.rdesuite.load.support.LoadRun;
import io.rdesuite.load.support.RateLimitGate;
import io.rdesuite.load.support.RateLimitProbe;
import io.rdesuite.load.support.RetryAfterValue;
import io.rdesuite.api.RateLimitSpec;
import java.time.Duration;
import java.util.Map;

/**
 * One client probing its limit with GET /v3/reports/{taskId}/result, the cheapest read: the
 * {@link RateLimitProbe} decides when to send; every answer goes to it and to the gate. The request that
 * completes the probe carries its verdict (estimate within tolerance, Retry-After truthful).
 */
public final class ProbeLimit {

    public static final String OPERATION = "getReportResult";

    private ProbeLimit() {
    }

    public static ChainBuilder journey(LoadRun run, Map<String, RateLimitProbe> probes,
                                       Map<String, RateLimitSpec> expected, Map<String, String> verdicts) {
        return exec(session -> session.set("probeVerdict", RateLimitGate.OK))
                .asLongAs(session -> !probes.get(session.getString(LoadRun.CLIENT)).done()).on(
                        doIf(session -> pauseMs(probes, session) > 0)
                                .then(pause(session -> Duration.ofMillis(pauseMs(probes, session))))
                                .exec(http("probe " + OPERATION)
                                        .get(session -> run.url("/v3/reports/" + session.getString("taskId") + "/result"))
                                        .header("Authorization", run::bearer)
                                        .transformResponse((response, session) -> {
                                            String client = session.getString(LoadRun.CLIENT);
                                            RateLimitProbe probe = probes.get(client);
                                            String header = response.headers().get("Retry-After");
                                            probe.record(new RateLimitProbe.Sample(response.startTimestamp(),
                                                    response.endTimestamp(), response.status().code(),
                                                    RetryAfterValue.seconds(header, response.endTimestamp())));
                                            if (probe.done()) {
                                                verdicts.put(client, probe.verdict(expected.get(client)));
                                            }
                                            return run.observe(OPERATION, response, session);
                                        })
                                        .check(status().in(200, 429),
                                                status().transformWithSession((code, session) ->
                                                                run.gate().verdict(session.userId()))
                                                        .is(RateLimitGate.OK).name("rate-limit and status contract"),
                                                status().transformWithSession((code, session) -> verdicts.getOrDefault(
                                                                session.getString(LoadRun.CLIENT), RateLimitGate.OK))
                                                        .is(RateLimitGate.OK).name("rate-limit probe verdict"))));
    }

    private static long pauseMs(Map<String, RateLimitProbe> probes, io.gatling.javaapi.core.Session session) {
        return probes.get(session.getString(LoadRun.CLIENT)).pauseMs(System.currentTimeMillis());
    }
}
