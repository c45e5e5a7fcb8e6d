package io.rdesuite.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Simulation;
import io.rdesuite.load.chains.Cleanup;
import io.rdesuite.load.chains.RunReport;
import io.rdesuite.load.support.Feeders;
import io.rdesuite.load.support.Gates;
import io.rdesuite.load.support.LoadClient;
import io.rdesuite.load.support.LoadRun;
import io.rdesuite.api.RateLimitSpec;
import java.time.Duration;
import java.util.List;

/**
 * 1. Start and poll: users arrive (open model), run a report with varied arguments, poll with backoff
 * (waiting out 429s as advised) until it ends, download and check the file. The limit (20/3 s per client on
 * the simulator) is low enough that 429s happen and their Retry-After is put to the test.
 */
public class StartAndPollSimulation extends Simulation {

    private static final int REQUESTS_PER_USER = 7;

    private final LoadRun run = LoadRun.create("StartAndPollSimulation")
            .configureSimulator(sim -> sim.reportDuration(Duration.ofMillis(1500)));
    private final List<LoadClient> clients = run.clients("run", 2, RateLimitSpec.parse("20/3s"));
    private final double usersPerSecond = run.profile().pick(3.0, 6.0, 2.0);
    private final Duration duration = run.profile().pick(Duration.ofSeconds(10), Duration.ofSeconds(120),
            Duration.ofMinutes(30));

    {
        run.plan(usersPerSecond * REQUESTS_PER_USER, duration,
                "open model, " + usersPerSecond + " users/s each running, polling and downloading one report");
        double users = run.plan().requestsPerSecond() / REQUESTS_PER_USER;
        OpenInjectionStep arrivals = run.openArrivals(users, 0.5, duration);
        if (run.dryRun()) {
            setUp(run.dryRunPopulation());
        } else {
            run.guard(setUp(scenario("start and poll").feed(Feeders.reports(clients, Feeders.VARIANTS))
                            .exec(RunReport.journey(run)).injectOpen(arrivals)
                            .andThen(scenario("cleanup").exec(Cleanup.journey(run)).injectOpen(atOnceUsers(1)))))
                    .protocols(run.protocol())
                    .assertions(Gates.standard(run))
                    .assertions(details(RunReport.GROUP).failedRequests().count().is(0L));
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
