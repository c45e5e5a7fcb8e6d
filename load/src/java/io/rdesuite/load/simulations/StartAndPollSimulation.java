package io.rdesuite.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.load.chains.Cleanup;
import io.rdesuite.load.chains.RunReport;
import io.rdesuite.load.support.Feeders;
import io.rdesuite.load.support.Gates;
import io.rdesuite.load.support.LoadClient;
import io.rdesuite.load.support.LoadSimulation;
import java.time.Duration;
import java.util.List;

/**
 * 1. Start and poll: users arrive (open model), run a report with varied arguments, poll with backoff
 * (waiting out 429s as advised) until it ends, download and check the file. The limit (20/3 s per client on
 * the simulator) is low enough that 429s happen and their Retry-After is put to the test.
 */
public class StartAndPollSimulation extends LoadSimulation {

    private static final int REQUESTS_PER_USER = 7;

    {
        run.configureSimulator(sim -> sim.reportDuration(Duration.ofMillis(1500)));
        List<LoadClient> clients = run.clients("run", 2, RateLimitSpec.parse("20/3s"));
        double usersPerSecond = run.profile().pick(3.0, 6.0, 2.0);
        Duration duration = run.profile().pick(Duration.ofSeconds(10), Duration.ofSeconds(120),
                Duration.ofMinutes(30));
        gated(followedBy(scenario("start and poll").feed(Feeders.reports(clients, run.versions(), Feeders.VARIANTS))
                        .exec(RunReport.journey(run))
                        .injectOpen(run.arrivals(usersPerSecond, REQUESTS_PER_USER, 0.5, duration, "open model, "
                                + usersPerSecond + " users/s each running, polling and downloading one report")),
                        Cleanup.journey(run)),
                Gates.noFailureIn(RunReport.GROUP), Gates.noFailureIn(Cleanup.GROUP));
    }
}
