package io.rdesuite.load.support;

import io.rdesuite.api.RateLimitSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rate-limit probes of one run, one per client, with the limit each is expected to find (known on the
 * simulator, which was configured with it; unknown elsewhere) and each probe's verdict once it is done.
 */
public final class RateLimitProbes {

    private static final long POLL_STEP_MS = 20;

    private final LoadRun run;
    private final Map<String, RateLimitSpec> known = new LinkedHashMap<>();
    private final Map<String, RateLimitProbe> probes = new LinkedHashMap<>();
    private final Map<String, String> verdicts = new ConcurrentHashMap<>();

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
        run.attach(RateLimitProfile.writeJson(dir, probes, known, verdicts).toString());
        run.attach(RateLimitProfile.writePlot(dir, probes).toString());
        run.result("passed", verdicts.values().stream().allMatch(RateLimitGate.OK::equals));
        probes.forEach((client, probe) -> {
            RateLimitProbe.Result r = probe.result();
            System.out.printf("[load] probe %s: limit %s, window %s s, took %d ms, %d requests: %s%n", client,
                    r.estimatedLimit(), r.windowSeconds(), r.durationMs(), r.requests(), verdicts.get(client));
        });
    }
}
