package io.rdesuite.load.support;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.config.ConfigurationException;
import io.rdesuite.config.Settings;
import io.rdesuite.api.RateLimitSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The flags of the load suite, read through the project's one resolver (system property, then environment
 * variable, then default), once per simulation.
 *
 * @param profile          -Dprofile=smoke|ramp|soak
 * @param dryRun           -Dload.dryRun=true prints the planned load and sends nothing
 * @param allowAboveLimit  -Dload.allowAboveLimit=true lets a simulation exceed the documented limit of a
 *                         non-loopback target (and lets the rate-limit probe run there at all)
 * @param injectors        -Dload.injectors=N: how many injector machines share the rate budget
 * @param injectorIndex    -Dload.injectorIndex=I (0..N-1): which share this process runs
 * @param maxDuration      -Dload.maxDurationSeconds: hard stop against a non-loopback target
 * @param expectedLimit    -Dload.limit=100/10s: the limit a non-loopback target is expected to enforce
 * @param p95Ms            -Dload.p95Ms: bound on the 95th percentile response time
 * @param p99Ms            -Dload.p99Ms: bound on the 99th percentile response time
 * @param outputDir        -Dload.outputDir: where load/, coverage/ and gatling/ results go (target)
 * @param allureResults    -Dallure.results.directory: where Allure result files go
 * @param soakDuration     -Dload.soakSeconds=N: how long the load of the soak profile lasts (e.g. 100 for a
 *                         short soak); null (0, the default) keeps each simulation's own (30 min)
 * @param apiVersions      -Dload.apiVersions=v3,v1 (or all): the versions the load spreads over, users taking them
 *                         in turn; unset, the suite's SAIL_API_VERSIONS (v3 by default). One simulation's own:
 *                         -Dload.NAME.apiVersions (e.g. load.RateLimitProbeSimulation.apiVersions)
 * @param rateLimitPerVersion -Dreports.rateLimitPerVersion (true): whether a client's budget is expected to be
 *                         counted per API version (the published statement) or shared by all versions
 */
public record LoadSettings(
        LoadProfile profile,
        boolean dryRun,
        boolean allowAboveLimit,
        int injectors,
        int injectorIndex,
        Duration maxDuration,
        RateLimitSpec expectedLimit,
        int p95Ms,
        int p99Ms,
        Path outputDir,
        Path allureResults,
        Duration soakDuration,
        List<ApiVersion> apiVersions,
        boolean rateLimitPerVersion) {

    /** The load's versions; unset, {@link Settings#apiVersions()}. */
    public static final String API_VERSIONS = "load.apiVersions";
    /** The expectation about the rate budget of a client across versions, shared with the acceptance suite. */
    public static final String RATE_LIMIT_PER_VERSION = Settings.EXPECT_RATE_LIMIT_PER_VERSION;

    public static LoadSettings fromSystem() {
        return from(Settings.fromSystem());
    }

    /** The settings of one simulation (its own -Dload.NAME.apiVersions, if set, wins). */
    public static LoadSettings fromSystem(String simulation) {
        return from(Settings.fromSystem(), simulation);
    }

    public static LoadSettings from(Settings s) {
        return from(s, null);
    }

    public static LoadSettings from(Settings s, String simulation) {
        int injectors = s.getInt("load.injectors", 1);
        int index = s.getInt("load.injectorIndex", 0);
        if (injectors < 1 || index < 0 || index >= injectors) {
            throw new ConfigurationException("load.injectorIndex must be 0.." + (injectors - 1)
                    + " for load.injectors=" + injectors + ", not " + index);
        }
        RateLimitSpec limit;
        try {
            limit = RateLimitSpec.parse(s.get("load.limit", "100/10s"));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("load.limit: " + e.getMessage());
        }
        Path out = Path.of(s.get("load.outputDir", "target"));
        return new LoadSettings(
                LoadProfile.from(s.get("profile", "smoke")),
                s.getBoolean("load.dryRun", false),
                s.getBoolean("load.allowAboveLimit", false),
                injectors, index,
                Duration.ofSeconds(s.getInt("load.maxDurationSeconds", 300)),
                limit,
                s.getInt("load.p95Ms", 1500),
                s.getInt("load.p99Ms", 3000),
                out,
                Path.of(s.get("allure.results.directory", "allure-results")),
                s.getInt("load.soakSeconds", 0) > 0 ? Duration.ofSeconds(s.getInt("load.soakSeconds", 0)) : null,
                versions(s, simulation),
                s.getBoolean(RATE_LIMIT_PER_VERSION, true));
    }

    /** -Dload.SIMULATION.apiVersions, else -Dload.apiVersions, else SAIL_API_VERSIONS. */
    private static List<ApiVersion> versions(Settings s, String simulation) {
        String name = simulation == null ? API_VERSIONS : "load." + simulation + ".apiVersions";
        if (s.get(name).isEmpty()) {
            name = API_VERSIONS;
        }
        var value = s.get(name);
        if (value.isEmpty()) {
            return s.apiVersions();
        }
        try {
            return ApiVersion.parseList(value.get());
        } catch (IllegalArgumentException wrong) {
            throw new ConfigurationException(name + "='" + value.get() + "': " + wrong.getMessage());
        }
    }

    /** True when the load spreads over more than one version. */
    public boolean severalVersions() {
        return apiVersions.size() > 1;
    }

    /**
     * True when the rate-limit gate counts a client's requests per version: budgets are expected per version and
     * the load spans several (with one version, the two expectations judge alike).
     */
    public boolean budgetPerVersion() {
        return rateLimitPerVersion && severalVersions();
    }

    /** This injector's share of a rate or a user count planned for the whole run. */
    public double share(double whole) {
        return whole / injectors;
    }

    public Path loadDir() {
        return outputDir.resolve("load");
    }
}
