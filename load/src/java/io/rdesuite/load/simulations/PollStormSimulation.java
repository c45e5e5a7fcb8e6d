package io.rdesuite.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.load.chains.Cleanup;
import io.rdesuite.load.chains.PollExisting;
import io.rdesuite.load.support.Feeders;
import io.rdesuite.load.support.Gates;
import io.rdesuite.load.support.LoadClient;
import io.rdesuite.load.support.LoadSimulation;
import io.rdesuite.load.support.ReportSeeder;
import java.time.Duration;
import io.rdesuite.api.ApiVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 2. Poll storm: many users polling the results of existing reports (some running, some done), spread over
 * several clients at 80 % of each client's documented limit (the reports seeded through each version, each user
 * polling one of its version's): no 429 may appear, latency stays bounded.
 */
public class PollStormSimulation extends LoadSimulation {

    private static final int SEEDED_REPORTS = 12;

    private final List<LoadClient> seeder = run.clients("seed", 1, RateLimitSpec.DOCUMENTED_DEFAULT);
    private final Map<ApiVersion, List<String>> taskIds = new ConcurrentHashMap<>();

    {
        run.configureSimulator(sim -> sim.reportDuration(Duration.ofSeconds(8)));
        List<LoadClient> pollers = run.clients("poll", run.profile().pick(4, 8, 8), RateLimitSpec.DOCUMENTED_DEFAULT);
        double rate = 0.8 * pollers.stream().mapToDouble(LoadClient::allowedRate).sum();
        Duration duration = run.profile().pick(Duration.ofSeconds(8), Duration.ofSeconds(120),
                Duration.ofMinutes(30));
        gated(followedBy(scenario("poll storm").feed(Feeders.existingTasks(pollers, run.versions(), taskIds))
                        .exec(PollExisting.once(run))
                        .injectOpen(run.arrivals(rate, 1, 1, duration,
                                "open model, one poll per user, " + pollers.size() + " clients at 80 % of their limit")),
                        Cleanup.journey(run)),
                Gates.noFailureIn(Cleanup.GROUP));
    }

    @Override
    protected void beforeLoad() {
        taskIds.putAll(ReportSeeder.seed(run, seeder.get(0), SEEDED_REPORTS));
    }
}
