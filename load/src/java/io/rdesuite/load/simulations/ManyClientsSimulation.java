package io.rdesuite.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.load.chains.OfferedRate;
import io.rdesuite.load.support.Feeders;
import io.rdesuite.load.support.LoadClient;
import io.rdesuite.load.support.Lane;
import io.rdesuite.load.support.LoadRun;
import io.rdesuite.load.support.LoadSimulation;
import io.rdesuite.load.support.PerClientLimit;
import java.time.Duration;
import java.util.List;

/**
 * 5. Many clients: k clients in parallel, each offering three times its limit for two windows. If the limit
 * is per client, each gets about its own limit per window and the aggregate is about k times one; a shared
 * limit would leave each about 1/k of it, an unenforced one would let everything through. Over several API
 * versions each client does so in each version: with budgets per version (-Dreports.rateLimitPerVersion, true by
 * default) each (client, version) must get its own limit, otherwise each client one limit across its versions.
 */
public class ManyClientsSimulation extends LoadSimulation {

    private static final String TASK = "0000000000000000000000000000dcba";

    private final List<LoadClient> clients = run.clients("many", run.profile().pick(4, 8, 8),
            RateLimitSpec.parse("20/2s"));
    private final int windows = run.profile().pick(2, 5, 60);
    private final PerClientLimit verdict = new PerClientLimit(run.gate(), run::limitOf, windows);
    private final List<Lane> lanes = Feeders.lanes(clients, run.versions());

    {
        RateLimitSpec limit = clients.get(0).limit();
        double overload = run.mayExceedLimit() ? 3.0 : 1.0;
        long windowMs = limit.window().toMillis();
        int requestsPerClient = (int) Math.round(overload * limit.requests() * windows);
        Duration spacing = Duration.ofMillis(Math.max(1, windowMs / Math.round(overload * limit.requests())));
        run.plan(lanes.size() * 1000.0 / spacing.toMillis(), Duration.ofMillis(windowMs * windows),
                clients.size() + " clients in " + run.versions().size() + " version(s), each offering " + overload
                        + "x its limit for " + windows + " windows");
        gated(scenario("many clients").feed(Feeders.oneUserPerLane(lanes, TASK))
                .exec(OfferedRate.journey(run, requestsPerClient, spacing,
                        session -> verdict.of(session.getString(LoadRun.CLIENT), Lane.version(session))))
                .injectOpen(atOnceUsers(lanes.size())));
    }

    @Override
    protected void afterLoad() {
        run.result("perClient", verdict.summary(lanes));
    }
}
