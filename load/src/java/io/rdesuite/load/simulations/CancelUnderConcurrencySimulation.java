package io.rdesuite.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.load.chains.CancelInterleaved;
import io.rdesuite.load.chains.Cleanup;
import io.rdesuite.load.support.Feeders;
import io.rdesuite.load.support.Gates;
import io.rdesuite.load.support.LoadClient;
import io.rdesuite.load.support.LoadSimulation;
import java.time.Duration;
import java.util.List;

/**
 * 3. Cancel under concurrency: runs and cancels interleaved, several users on the same report at times (only
 * four variants, so they repeat); afterwards no task is left running (the cleanup checks it on the simulator).
 */
public class CancelUnderConcurrencySimulation extends LoadSimulation {

    private static final int REQUESTS_PER_USER = 3;

    {
        run.configureSimulator(sim -> sim.reportDuration(Duration.ofSeconds(20)));
        List<LoadClient> clients = run.clients("cancel", 2, RateLimitSpec.DOCUMENTED_DEFAULT);
        double usersPerSecond = run.profile().pick(4.0, 5.0, 2.0);
        Duration duration = run.profile().pick(Duration.ofSeconds(8), Duration.ofSeconds(120),
                Duration.ofMinutes(30));
        gated(followedBy(scenario("cancel under concurrency")
                        .feed(Feeders.reports(clients, run.versions(), Feeders.VARIANTS.subList(0, 4)))
                        .exec(CancelInterleaved.journey(run))
                        .injectOpen(run.arrivals(usersPerSecond, REQUESTS_PER_USER, 0.5, duration, "open model, "
                                + usersPerSecond + " users/s each running, cancelling and reading one report")),
                        Cleanup.journey(run)),
                Gates.noFailureIn(Cleanup.GROUP));
    }
}
