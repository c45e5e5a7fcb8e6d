package io.rdesuite.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Simulation;
import io.rdesuite.load.chains.Cleanup;
import io.rdesuite.load.chains.PollExisting;
import io.rdesuite.load.support.Feeders;
import io.rdesuite.load.support.Gates;
import io.rdesuite.load.support.LoadClient;
import io.rdesuite.load.support.LoadRun;
import io.rdesuite.load.support.ReportSeeder;
import io.rdesuite.api.RateLimitSpec;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * 2. Poll storm: many users polling the results of existing reports (some running, some done), spread over
 * several clients at 80 % of each client's documented limit: no 429 may appear, latency stays bounded.
 */
public class PollStormSimulation extends Simulation {

    private static final int SEEDED_REPORTS = 12;

    private final LoadRun run = LoadRun.create("PollStormSimulation")
            .configureSimulator(sim -> sim.reportDuration(Duration.ofSeconds(8)));
    private final List<LoadClient> seeder = run.clients("seed", 1, RateLimitSpec.DOCUMENTED_DEFAULT);
    private final List<LoadClient> pollers = run.clients("poll", run.profile().pick(4, 8, 8),
            RateLimitSpec.DOCUMENTED_DEFAULT);
    private final List<String> taskIds = new CopyOnWriteArrayList<>();
    private final Duration duration = run.profile().pick(Duration.ofSeconds(8), Duration.ofSeconds(120),
            Duration.ofMinutes(30));

    {
        double rate = 0.8 * pollers.stream().mapToDouble(LoadClient::allowedRate).sum();
        run.plan(rate, duration, "open model, one poll per user, " + pollers.size() + " clients at 80 % of their limit");
        double users = run.plan().requestsPerSecond();
        OpenInjectionStep arrivals = run.openArrivals(users, 1, duration);
        if (run.dryRun()) {
            setUp(run.dryRunPopulation());
        } else {
            run.guard(setUp(scenario("poll storm").feed(Feeders.existingTasks(pollers, taskIds))
                            .exec(PollExisting.once(run)).injectOpen(arrivals)
                            .andThen(scenario("cleanup").exec(Cleanup.journey(run)).injectOpen(atOnceUsers(1)))))
                    .protocols(run.protocol())
                    .assertions(Gates.standard(run));
        }
    }

    @Override
    public void before() {
        run.start();
        if (!run.dryRun()) {
            taskIds.addAll(ReportSeeder.seed(run, seeder.get(0), SEEDED_REPORTS));
        }
    }

    @Override
    public void after() {
        run.finish();
    }
}
