package io.rdesuite.load.chains;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.rdesuite.load.endpoints.GetReportResult;
import io.rdesuite.load.support.LoadRun;
import io.rdesuite.load.support.RateLimitGate;
import io.rdesuite.load.support.VersionBudgetProbe;

/**
 * One client finding out whether its rate budget is per API version: its {@link VersionBudgetProbe} picks the
 * version of each getReportResult and hears each answer. The request that completes the probe carries its
 * verdict (the measurement meets -Dreports.rateLimitPerVersion).
 */
public final class ProbeVersionBudget {

    private ProbeVersionBudget() {
    }

    public static ChainBuilder journey(LoadRun run, VersionBudgetProbe probe) {
        return asLongAs(session -> !probe.done()).on(
                exec(session -> session.set(LoadRun.API_VERSION, probe.next().label()))
                        .exec(GetReportResult.probe(run, "budget ", (response, session) ->
                                        probe.record(response.status().code() == RateLimitGate.REFUSED))
                                .check(status().transform(code -> probe.verdict())
                                        .is(RateLimitGate.OK).name("version budget verdict"))));
    }
}
