package io.rdesuite.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.config.Settings;
import io.rdesuite.load.endpoints.GetReportResult;
import io.rdesuite.load.support.Feeders;
import io.rdesuite.load.support.LoadClient;
import io.rdesuite.load.support.LoadSimulation;
import io.rdesuite.load.support.ReportSeeder;
import io.rdesuite.load.support.Wrk;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Benchmark, not a gate (left out of the verify run): how many requests per second this injector can send,
 * with rate limiting off, closed model, getReportResult of a real report. With -Dload.ceiling.wrk=true it first
 * runs wrk against the same URL with the same token, for comparison. Loopback targets only.
 */
public class InjectorCeilingSimulation extends LoadSimulation {

    private final List<LoadClient> clients = run.clients("ceiling", 1, RateLimitSpec.OFF);
    private final int users = Settings.fromSystem().getInt("load.ceiling.users", 32);
    private final Duration duration = Duration.ofSeconds(Settings.fromSystem().getInt("load.ceiling.seconds", 15));
    private final Map<ApiVersion, List<String>> taskIds = new ConcurrentHashMap<>();
    private final Map<String, Object> figures = new LinkedHashMap<>();

    {
        if (!run.target().loopback()) {
            throw new IllegalStateException("the injector-ceiling benchmark runs against loopback targets only");
        }
        run.plan(Double.POSITIVE_INFINITY, duration, users + " concurrent users, no pause");
        ungated(scenario("injector ceiling").feed(Feeders.existingTasks(clients, run.versions(), taskIds))
                .forever().on(GetReportResult.unjudged(run))
                .injectClosed(constantConcurrentUsers(users).during(duration)))
                .maxDuration(duration);
    }

    @Override
    protected void beforeLoad() {
        taskIds.putAll(ReportSeeder.seed(run, clients.get(0), 1));
        if (Settings.fromSystem().getBoolean("load.ceiling.wrk", false)) {
            ApiVersion version = run.versions().get(0);
            Wrk.Outcome wrk = Wrk.run(run.url(Operation.GET_REPORT_RESULT.path(version, taskIds.get(version).get(0))),
                    run.bearer(clients.get(0).id()), 2, users, (int) duration.toSeconds());
            figures.put("wrkCommand", wrk.command());
            figures.put("wrkRequestsPerSecond", wrk.requestsPerSecond());
            System.out.println("[load] wrk: " + wrk.requestsPerSecond() + " req/s\n" + wrk.output());
        }
        figures.put("gatlingStartedAt", System.currentTimeMillis());
    }

    @Override
    protected void afterLoad() {
        long ms = System.currentTimeMillis() - (long) figures.get("gatlingStartedAt");
        figures.put("note", "Gatling's own figure is 'mean throughput (rps)' in its report; users=" + users);
        run.result("ceiling", figures);
        System.out.println("[load] ceiling figures: " + figures + ", elapsed " + ms + " ms");
    }
}
