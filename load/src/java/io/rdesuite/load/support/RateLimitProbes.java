package io.rdesuite.load.support;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.RateLimitSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rate-limit probes of one run, one per client, with the limit each is expected to find (known on the
 * simulator, which was configured with it; unknown elsewhere) and each probe's verdict once it is done; and, when
 * the run spans several API versions, the probe of whether a client's budget is per version.
 */
public final class RateLimitProbes {

    private static final long POLL_STEP_MS = 20;

    private final LoadRun run;
    private final Map<String, RateLimitSpec> known = new LinkedHashMap<>();
    private final Map<String, RateLimitProbe> probes = new LinkedHashMap<>();
    private final Map<String, String> verdicts = new ConcurrentHashMap<>();
    private VersionBudgetProbe versionBudget;

    public RateLimitProbes(LoadRun run) {
        this.run = run;
    }

    /** A probe per client (before the run starts); returns the longest window a probe expects. */
    public Duration add(List<LoadClient> clients) {
        long longest = 0;
        for (LoadClient c : clients) {
            if (run.target().embedded()) {
                known.put(c.id(), c.limit());
            }
            RateLimitSpec assumed = known.getOrDefault(c.id(), run.settings().expectedLimit());
            long window = assumed.window().toMillis();
            longest = Math.max(longest, window);
            probes.put(c.id(), new RateLimitProbe(c.id(), RateLimitProbe.maxBurstFor(assumed), POLL_STEP_MS,
                    Math.min(1000, window / 2), run.target().embedded() ? 3 * window + 2000 : 6 * window));
        }
        return Duration.ofMillis(longest);
    }

    /**
     * The probe of {@code client}'s budget across the run's first two versions, against the expectation
     * -Dreports.rateLimitPerVersion; it sends a few requests in the other version right after the first 429.
     */
    public VersionBudgetProbe addVersionBudget(LoadClient client) {
        List<ApiVersion> versions = run.versions();
        RateLimitSpec assumed = run.target().embedded() ? client.limit() : run.settings().expectedLimit();
        versionBudget = new VersionBudgetProbe(client.id(), versions.get(0), versions.get(1),
                Math.max(1, Math.min(5, assumed.requests() / 2)), RateLimitProbe.maxBurstFor(assumed),
                run.settings().rateLimitPerVersion());
        return versionBudget;
    }

    public RateLimitProbe of(String clientId) {
        return probes.get(clientId);
    }

    /** Gives a client's probe one answer; the answer that completes it settles its verdict. */
    public void record(String clientId, RateLimitProbe.Sample sample) {
        RateLimitProbe probe = probes.get(clientId);
        probe.record(sample);
        if (probe.done()) {
            verdicts.put(clientId, probe.verdict(known.get(clientId)));
        }
    }

    /** {@link RateLimitGate#OK} until the client's probe is done, then its verdict. */
    public String verdict(String clientId) {
        return verdicts.getOrDefault(clientId, RateLimitGate.OK);
    }

    /** Writes the profile (JSON and plot) and attaches it to the run's results; prints one line per probe. */
    public void report() {
        probes.forEach((client, probe) -> verdicts.computeIfAbsent(client, c -> probe.verdict(known.get(c))));
        Path dir = run.settings().loadDir();
        Map<String, Object> budget = versionBudget == null ? null : versionBudget.summary();
        run.attach(RateLimitProfile.writeJson(dir, probes, known, verdicts, budget).toString());
        run.attach(RateLimitProfile.writePlot(dir, probes).toString());
        run.result("passed", verdicts.values().stream().allMatch(RateLimitGate.OK::equals)
                && (versionBudget == null || RateLimitGate.OK.equals(versionBudget.verdict())));
        if (budget != null) {
            run.result("versionBudget", budget);
            System.out.printf("[load] version budget of %s: per version %s (expected %s), served in %s after a 429 in"
                    + " %s: %s, attempts %s: %s%n", budget.get("clientId"), budget.get("perVersion"),
                    budget.get("expectedPerVersion"), budget.get("otherVersion"), budget.get("firstVersion"),
                    budget.get("servedInOtherVersionAfter429"), budget.get("attempts"), budget.get("verdict"));
        }
        probes.forEach((client, probe) -> {
            RateLimitProbe.Result r = probe.result();
            System.out.printf("[load] probe %s: limit %s, window %s s, took %d ms, %d requests: %s%n", client,
                    r.estimatedLimit(), r.windowSeconds(), r.durationMs(), r.requests(), verdicts.get(client));
        });
    }
}
