package io.rdesuite.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.PopulationBuilder;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.config.Settings;
import io.rdesuite.load.chains.ProbeLimit;
import io.rdesuite.load.chains.ProbeVersionBudget;
import io.rdesuite.load.support.Feeders;
import io.rdesuite.load.support.Lane;
import io.rdesuite.load.support.LoadClient;
import io.rdesuite.load.support.LoadSimulation;
import io.rdesuite.load.support.RateLimitProbes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * 4. Rate-limit probe: each client bursts across its limit, finds the onset of 429s, estimates the limit and
 * the window from two refills, and every Retry-After is held against the earliest success that followed it.
 * On the simulator it probes one client per limit of -Dload.probe.limits in parallel (smoke: 20/1s,30/3s; ramp
 * and soak: 100/10s,50/5s,20/1s), the limits spread over the run's API versions; on any other target one client
 * in the first version, and only with -Dload.allowAboveLimit=true. Over several versions one client then finds out whether its budget is
 * per version (against -Dreports.rateLimitPerVersion, true by default). Writes
 * target/load/rate-limit-profile.{json,png}.
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
        List<Lane> lanes = lanes();
        Duration longest = probes.add(lanes.stream().map(Lane::client).toList());
        run.plan(lanes.stream().mapToDouble(l -> 4.0 * l.client().allowedRate()).sum(), longest.multipliedBy(3),
                "one user per client: two bursts to the first 429, polls every 20 ms around each advised refill"
                        + (run.settings().severalVersions() ? "; then one client across two versions" : ""));
        gated(versionBudget(scenario("rate-limit probe").feed(Feeders.oneUserPerLane(lanes, UNKNOWN_TASK))
                .exec(ProbeLimit.journey(run, probes))
                .injectOpen(atOnceUsers(lanes.size()))))
                .maxDuration(longest.multipliedBy(6).plusSeconds(10));
    }

    /**
     * On the simulator one client per limit of -Dload.probe.limits, the limits spread over the versions (limit i
     * in version i; more versions than limits probe the limits again); elsewhere one client in the first version.
     */
    private List<Lane> lanes() {
        List<RateLimitSpec> limits = new ArrayList<>();
        for (String limit : Settings.fromSystem().get("load.probe.limits",
                run.profile().pick("20/1s,30/3s", "100/10s,50/5s,20/1s", "100/10s,50/5s,20/1s")).split(",")) {
            limits.add(RateLimitSpec.parse(limit));
        }
        List<ApiVersion> versions = run.versions();
        int count = run.target().embedded() ? Math.max(limits.size(), versions.size()) : 1;
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RateLimitSpec spec = limits.get(i % limits.size());
            ApiVersion version = versions.get(i % versions.size());
            String prefix = "probe-" + spec.toString().replace('/', '-')
                    + (versions.size() > 1 ? "-" + version.label() : "");
            run.clients(prefix, 1, spec).forEach(c -> lanes.add(new Lane(c, version)));
        }
        return lanes;
    }

    /** Over several versions, {@code probe} and then one client's version-budget probe. */
    private PopulationBuilder versionBudget(PopulationBuilder probe) {
        if (!run.settings().severalVersions()) {
            return probe;
        }
        LoadClient client = run.clients("budget", 1, RateLimitSpec.parse("10/3s")).get(0);
        return probe.andThen(scenario("version budget")
                .feed(Feeders.oneUserPerLane(List.of(new Lane(client, run.versions().get(0))), UNKNOWN_TASK))
                .exec(ProbeVersionBudget.journey(run, probes.addVersionBudget(client)))
                .injectOpen(atOnceUsers(1)));
    }

    @Override
    protected void afterLoad() {
        probes.report();
    }
}
