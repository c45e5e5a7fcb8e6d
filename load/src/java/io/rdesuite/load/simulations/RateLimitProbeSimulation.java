package io.rdesuite.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.config.Settings;
import io.rdesuite.load.chains.ProbeLimit;
import io.rdesuite.load.support.Feeders;
import io.rdesuite.load.support.LoadClient;
import io.rdesuite.load.support.LoadSimulation;
import io.rdesuite.load.support.RateLimitProbes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * 4. Rate-limit probe: each client bursts across its limit, finds the onset of 429s, estimates the limit and
 * the window from two refills, and every Retry-After is held against the earliest success that followed it.
 * On the simulator it probes one client per limit of -Dload.probe.limits in parallel (smoke: 20/1s,30/3s;
 * ramp and soak: 100/10s,50/5s,20/1s); on any other target one client, and only with
 * -Dload.allowAboveLimit=true. Writes target/load/rate-limit-profile.{json,png}.
 */
public class RateLimitProbeSimulation extends LoadSimulation {

    /** GET /result of an id no report has answers an empty 200: the cheapest request there is. */
    private static final String UNKNOWN_TASK = "0000000000000000000000000000abcd";

    private final RateLimitProbes probes = new RateLimitProbes(run);

    {
        if (!run.mayExceedLimit() && !run.dryRun()) {
            throw new IllegalStateException("The rate-limit probe sends above the limit on purpose; against "
                    + run.target().describe() + " it runs only with -Dload.allowAboveLimit=true");
        }
        List<LoadClient> clients = new ArrayList<>();
        for (String limit : Settings.fromSystem().get("load.probe.limits",
                run.profile().pick("20/1s,30/3s", "100/10s,50/5s,20/1s", "100/10s,50/5s,20/1s")).split(",")) {
            RateLimitSpec spec = RateLimitSpec.parse(limit);
            clients.addAll(run.clients("probe-" + spec.toString().replace('/', '-'), 1, spec));
            if (!run.target().embedded()) {
                break;
            }
        }
        Duration longest = probes.add(clients);
        run.plan(clients.stream().mapToDouble(c -> 4.0 * c.allowedRate()).sum(), longest.multipliedBy(3),
                "one user per client: two bursts to the first 429, polls every 20 ms around each advised refill");
        gated(scenario("rate-limit probe").feed(Feeders.oneUserPerClient(clients, UNKNOWN_TASK))
                .exec(ProbeLimit.journey(run, probes))
                .injectOpen(atOnceUsers(clients.size())))
                .maxDuration(longest.multipliedBy(6).plusSeconds(10));
    }

    @Override
    protected void afterLoad() {
        probes.report();
    }
}
