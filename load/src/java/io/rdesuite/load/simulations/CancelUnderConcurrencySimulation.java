package io.rdesuite.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Simulation;
import io.rdesuite.load.chains.CancelInterleaved;
import io.rdesuite.load.chains.Cleanup;
import io.rdesuite.load.support.Feeders;
import io.rdesuite.load.support.Gates;
import io.rdesuite.load.support.LoadClient;
import io.rdesuite.load.support.LoadRun;
import io.rdesuite.api.RateLimitSpec;
import java.time.Duration;
import java.util.List;

/**
 * 3. Cancel under concurrency: runs and cancels interleaved, several users on the same report at times (the
 * variants repeat); afterwards no task is left running (the cleanup journey checks it on the simulator).
 */
public class CancelUnderConcurrencySimulation extends Simulation {

    private static final int REQUESTS_PER_USER = 3;

    private final LoadRun run = LoadRun.create("CancelUnderConcurrencySimulation")
            .configureSimulator(sim -> sim.reportDuration(Duration.ofSeconds(20)));
    private final List<LoadClient> clients = run.clients("cancel", 2, RateLimitSpec.DOCUMENTED_DEFAULT);
    private final double usersPerSecond = run.profile().pick(4.0, 5.0, 2.0);
    private final Duration duration = run.profile().pick(Duration.ofSeconds(8), Duration.ofSeconds(120),
            Duration.ofMinutes(30));

    {
        run.plan(usersPerSecond * REQUESTS_PER_USER, duration,
                "open model, " + usersPerSecond + " users/s each running, cancelling and reading one report");
        double users = run.plan().requestsPerSecond() / REQUESTS_PER_USER;
        OpenInjectionStep arrivals = run.openArrivals(users, 0.5, duration);
        if (run.dryRun()) {
            setUp(run.dryRunPopulation());
        } else {
            run.guard(setUp(scenario("cancel under concurrency")
                            .feed(Feeders.reports(clients, Feeders.VARIANTS.subList(0, 4)))
                            .exec(CancelInterleaved.journey(run)).injectOpen(arrivals)
                            .andThen(scenario("cleanup").exec(Cleanup.journey(run)).injectOpen(atOnceUsers(1)))))
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
        run.finish();
    }
}
