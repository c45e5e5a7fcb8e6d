package io.rdesuite.simulator;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.simulator.auth.TokenEndpoint;
import io.rdesuite.simulator.auth.TokenService;
import io.rdesuite.simulator.defects.ActiveDefects;
import io.rdesuite.simulator.faults.FaultInjector;
import io.rdesuite.simulator.operations.ReportViews;
import io.rdesuite.simulator.ratelimit.RateLimiter;
import io.rdesuite.simulator.reports.AuditLog;
import io.rdesuite.simulator.reports.ReportEngine;
import io.rdesuite.simulator.reports.ReportFiles;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a running simulator holds, for its wiring and its control API; {@link #reset()} brings it back to how it
 * started. The API versions share one report engine while {@link #versionsShareState()}; otherwise each version
 * has a partition of its own ({@link #ownEngine}), with the same settings.
 */
public final class SimulatorState {

    private final SimulatorConfig config;
    private final ActiveDefects defects;
    private final TokenService tokens;
    private final TokenEndpoint tokenEndpoint;
    private final RateLimiter rateLimiter;
    private final ReportEngine engine;
    private final ReportViews views;
    private final ReportFiles files;
    private final FaultInjector faults = new FaultInjector();
    private final AuditLog audit = new AuditLog();
    private final VersionHooks versionHooks;
    private final Map<ApiVersion, ReportEngine> versionEngines = new EnumMap<>(ApiVersion.class);
    private volatile boolean versionsShareState;
    private volatile Assumptions assumptions;

    SimulatorState(SimulatorConfig config) {
        this.config = config;
        this.defects = new ActiveDefects(config.defects(), config.variants());
        this.tokens = new TokenService(config.clock());
        this.tokenEndpoint = new TokenEndpoint(tokens, config.clients(), config.tokenTtl());
        this.versionHooks = defects.versionHooks();
        this.rateLimiter = new RateLimiter(config.clock(), config.rateLimit(), config.clientRateLimits(),
                config.rateLimitEscalation(), config.rateLimitPerVersion(), versionHooks::oneRateBudget);
        this.engine = new ReportEngine(config.clock(), config.seed(), config.reportDuration(), config.outcomes(),
                defects.lifecycleHooks(), config.retention());
        for (ApiVersion version : ApiVersion.values()) {
            versionEngines.put(version, engine.partition());
        }
        this.versionsShareState = config.versionsShareState();
        this.views = new ReportViews(config.runningResultView());
        this.assumptions = config.assumptions();
        this.files = new ReportFiles(config.csvHeaders());
    }

    public void reset() {
        reset(false);
    }

    /**
     * Back to the start settings: faults, audit events, rate-limit counters cleared, settings and defects
     * restored; the reports too unless {@code keepReports} (a run that shares completed reports between its tests
     * resets between them and keeps those).
     */
    public void reset(boolean keepReports) {
        if (!keepReports) {
            engine.clear();
        }
        engine.configure(config.reportDuration(), config.outcomes());
        engine.retention(config.retention());
        faults.clear();
        audit.clear();
        defects.set(config.defects());
        defects.setVariants(config.variants());
        rateLimiter.configure(config.rateLimit(), config.clientRateLimits(), config.rateLimitEscalation());
        rateLimiter.perVersion(config.rateLimitPerVersion());
        versionsShareState = config.versionsShareState();
        views.runningResultView(config.runningResultView());
        assumptions = config.assumptions();
        files.csvHeaders(config.csvHeaders());
    }

    public SimulatorConfig config() {
        return config;
    }

    public ActiveDefects defects() {
        return defects;
    }

    public TokenService tokens() {
        return tokens;
    }

    public TokenEndpoint tokenEndpoint() {
        return tokenEndpoint;
    }

    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** The engine the versions share (its {@link ReportEngine#all()} lists the versions' own reports too). */
    public ReportEngine engine() {
        return engine;
    }

    /** The version's own reports, used while the versions do not share state. */
    public ReportEngine ownEngine(ApiVersion version) {
        return versionEngines.get(version);
    }

    /** Whether a report started through one version is known to the others: as configured, unless a defect bends it. */
    public boolean versionsShareState() {
        return versionsShareState && !versionHooks.separateState();
    }

    /** The configured choice (a defect aside); changed at run time through the control API. */
    public boolean versionsShareStateConfigured() {
        return versionsShareState;
    }

    public void versionsShareState(boolean on) {
        this.versionsShareState = on;
    }

    public ReportViews views() {
        return views;
    }

    public ReportFiles files() {
        return files;
    }

    public FaultInjector faults() {
        return faults;
    }

    public AuditLog audit() {
        return audit;
    }

    /** The choices about open behaviour in force (the control API may change them at run time). */
    public Assumptions assumptions() {
        return assumptions;
    }

    public void assumptions(Assumptions assumptions) {
        this.assumptions = assumptions;
    }
}
