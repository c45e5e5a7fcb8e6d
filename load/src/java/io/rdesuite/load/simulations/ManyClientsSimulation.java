package io.rdesuite.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import io.rdesuite.load.chains.OfferedRate;
import io.rdesuite.load.support.Feeders;
import io.rdesuite.load.support.Gates;
import io.rdesuite.load.support.LoadClient;
import io.rdesuite.load.support.LoadRun;
import io.rdesuite.load.support.PerClientLimit;
import io.rdesuite.api.RateLimitSpec;
import java.time.Duration;
import java.util.List;

/**
 * 5. Many clients: k clients in parallel, each offering three times its limit for two windows. If the limit
 * is per client, each gets about its own limit per window and the aggregate is about k times one; a shared
 * limit would leave each about 1/k of it, an unenforced one would let everything through.
 */
public class ManyClientsSimulation extends Simulation {

    private static final String TASK = "0000000000000000000000000000dcba";

    private final LoadRun run = LoadRun.create("ManyClientsSimulation");
    private final List<LoadClient> clients = run.clients("many", run.profile().pick(4, 8, 8),
            RateLimitSpec.parse("20/2s"));
    private final int windows = run.profile().pick(2, 5, 60);
    private final PerClientLimit verdict;

    {
        LoadClient first = clients.get(0);
        double overload = run.mayExceedLimit() ? 3.0 : 1.0;
        long windowMs = first.limit().window().toMillis();
        int requestsPerClient = (int) Math.round(overload * first.limit().requests() * windows);
        Duration spacing = Duration.ofMillis(Math.max(1, windowMs / Math.round(overload * first.limit().requests())));
        run.plan(clients.size() * 1000.0 / spacing.toMillis(), Duration.ofMillis(windowMs * windows),
                clients.size() + " clients, each offering " + overload + "x its limit for " + windows + " windows");
        verdict = new PerClientLimit(run.gate(), run::limitOf, windows);
        if (run.dryRun()) {
            setUp(run.dryRunPopulation());
        } else {
            run.guard(setUp(scenario("many clients").feed(Feeders.oneUserPerClient(clients, TASK))
                            .exec(OfferedRate.journey(run, requestsPerClient, spacing, verdict::of))
                            .injectOpen(atOnceUsers(clients.size()))))
                    .protocols(run.protocol())
                    .assertions(Gates.standard(run));
        }
    }

    @Override
    public void before() {
        run.start();
    }

    @Override
    public void after() {
        if (!run.dryRun()) {
            run.result("perClient", verdict.summary(clients));
        }
        run.finish();
    }
}
