package io.rdesuite.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import io.rdesuite.config.Settings;
import io.rdesuite.load.support.Feeders;
import io.rdesuite.load.support.LoadClient;
import io.rdesuite.load.support.LoadRun;
import io.rdesuite.load.support.ReportSeeder;
import io.rdesuite.load.support.Wrk;
import io.rdesuite.api.RateLimitSpec;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark, not a gate (left out of the verify run): how many requests per second this injector can send,
 * with rate limiting off, closed model, GET /v3/reports/{id}/result of a real report. With
 * -Dload.ceiling.wrk=true it first runs wrk against the same URL with the same token, for comparison.
 * Loopback targets only.
 */
public class InjectorCeilingSimulation extends Simulation {

    private final LoadRun run = LoadRun.create("InjectorCeilingSimulation");
    private final List<LoadClient> clients = run.clients("ceiling", 1, RateLimitSpec.OFF);
    private final int users = Settings.fromSystem().getInt("load.ceiling.users", 32);
    private final Duration duration = Duration.ofSeconds(Settings.fromSystem().getInt("load.ceiling.seconds", 15));
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private volatile String taskId = "0000000000000000000000000000abcd";

    {
        if (!run.target().loopback()) {
            throw new IllegalStateException("the injector-ceiling benchmark runs against loopback targets only");
        }
        run.plan(Double.POSITIVE_INFINITY, duration, users + " concurrent users, no pause");
        setUp(scenario("injector ceiling").feed(Feeders.oneUserPerClient(clients, taskId))
                .forever().on(exec(http("getReportResult").get(session -> run.url("/v3/reports/" + taskId + "/result"))
                        .header("Authorization", run::bearer).check(status().is(200))))
                .injectClosed(constantConcurrentUsers(users).during(duration)))
                .protocols(run.protocol())
                .maxDuration(duration);
    }

    private static io.gatling.javaapi.core.ChainBuilder exec(io.gatling.javaapi.http.HttpRequestActionBuilder r) {
        return io.gatling.javaapi.core.CoreDsl.exec(r);
    }

    @Override
    public void before() {
        run.start();
        taskId = ReportSeeder.seed(run, clients.get(0), 1).get(0);
        if (Settings.fromSystem().getBoolean("load.ceiling.wrk", false)) {
            Wrk.Outcome wrk = Wrk.run(run.url("/v3/reports/" + taskId + "/result"), run.bearer(clients.get(0).id()),
                    2, users, (int) duration.toSeconds());
            figures.put("wrkCommand", wrk.command());
            figures.put("wrkRequestsPerSecond", wrk.requestsPerSecond());
            System.out.println("[load] wrk: " + wrk.requestsPerSecond() + " req/s\n" + wrk.output());
        }
        figures.put("gatlingStartedAt", System.currentTimeMillis());
    }

    @Override
    public void after() {
        long ms = System.currentTimeMillis() - (long) figures.get("gatlingStartedAt");
        figures.put("note", "Gatling's own figure is 'mean throughput (rps)' in its report; users=" + users);
        run.result("ceiling", figures);
        System.out.println("[load] ceiling figures: " + figures + ", elapsed " + ms + " ms");
        run.finish();
    }
}
