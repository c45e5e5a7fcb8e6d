package io.rdesuite.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import io.rdesuite.config.Settings;
import io.rdesuite.load.chains.ProbeLimit;
import io.rdesuite.load.support.Feeders;
import io.rdesuite.load.support.Gates;
import io.rdesuite.load.support.LoadClient;
import io.rdesuite.load.support.LoadRun;
import io.rdesuite.load.support.RateLimitProbe;
import io.rdesuite.load.support.RateLimitProfile;
import io.rdesuite.api.RateLimitSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 4. Rate-limit probe: each client bursts across its limit, finds the onset of 429s, estimates the limit and
 * the window from two refills and checks every Retry-After against the earliest success that followed it.
 * On the simulator it probes one client per limit of -Dload.probe.limits in parallel (smoke: 20/1s,30/3s;
 * ramp and soak: 100/10s,50/5s,20/1s);
 * on any other target only with -Dload.allowAboveLimit=true. Writes target/load/rate-limit-profile.{json,png}.
 */
public class RateLimitProbeSimulation extends Simulation {

    /** GET /result of an id no report has answers an empty 200: the cheapest request there is. */
    private static final String UNKNOWN_TASK = "0000000000000000000000000000abcd";

    private final LoadRun run = LoadRun.create("RateLimitProbeSimulation");
    private final Map<String, RateLimitSpec> expected = new LinkedHashMap<>();
    private final Map<String, RateLimitProbe> probes = new LinkedHashMap<>();
    private final Map<String, String> verdicts = new ConcurrentHashMap<>();

    {
        if (!run.mayExceedLimit() && !run.dryRun()) {
            throw new IllegalStateException("The rate-limit probe sends above the limit on purpose; against "
                    + run.target().describe() + " it runs only with -Dload.allowAboveLimit=true");
        }
        List<LoadClient> clients = new ArrayList<>();
        List<String> limits = Arrays.asList(Settings.fromSystem().get("load.probe.limits",
                run.profile().pick("20/1s,30/3s", "100/10s,50/5s,20/1s", "100/10s,50/5s,20/1s")).split(","));
        for (int i = 0; i < limits.size(); i++) {
            RateLimitSpec limit = RateLimitSpec.parse(limits.get(i));
            clients.addAll(run.clients("probe-" + limit.toString().replace('/', '-'), 1, limit));
            if (!run.target().embedded()) {
                break;
            }
        }
        long longest = 0;
        for (LoadClient c : clients) {
            RateLimitSpec known = run.target().embedded() ? c.limit() : null;
            expected.put(c.id(), known);
            RateLimitSpec assumed = known != null ? known : run.settings().expectedLimit();
            long window = assumed.window().toMillis();
            longest = Math.max(longest, window);
            probes.put(c.id(), new RateLimitProbe(c.id(), RateLimitProbe.maxBurstFor(assumed), 20,
                    Math.min(1000, window / 2), run.target().embedded() ? 3 * window + 2000 : 6 * window));
        }
        double burstRate = clients.stream().mapToDouble(c -> 4.0 * c.allowedRate()).sum();
        run.plan(burstRate, Duration.ofMillis(3 * longest), "one user per client: two bursts to the first 429, "
                + "polls every 20 ms around each advised refill");
        if (run.dryRun()) {
            setUp(run.dryRunPopulation());
        } else {
            setUp(scenario("rate-limit probe").feed(Feeders.oneUserPerClient(clients, UNKNOWN_TASK))
                    .exec(ProbeLimit.journey(run, probes, expected, verdicts))
                    .injectOpen(atOnceUsers(clients.size())))
                    .protocols(run.protocol())
                    .maxDuration(Duration.ofMillis(6 * longest + 10_000))
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
            Path dir = run.settings().loadDir();
            Map<String, RateLimitSpec> known = new LinkedHashMap<>();
            expected.forEach((k, v) -> {
                if (v != null) {
                    known.put(k, v);
                }
            });
            probes.forEach((client, probe) -> verdicts.computeIfAbsent(client, c -> probe.verdict(expected.get(c))));
            run.attach(RateLimitProfile.writeJson(dir, probes, known, verdicts).toString());
            run.attach(RateLimitProfile.writePlot(dir, probes).toString());
            run.result("passed", verdicts.values().stream().allMatch("ok"::equals));
            probes.forEach((client, probe) -> {
                RateLimitProbe.Result r = probe.result();
                System.out.printf("[load] probe %s: limit %s, window %s s, took %d ms, %d requests: %s%n", client,
                        r.estimatedLimit(), r.windowSeconds(), r.durationMs(), r.requests(), verdicts.get(client));
            });
        }
        run.finish();
    }
}
