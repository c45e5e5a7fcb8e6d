package io.rdesuite.simulator;

import io.rdesuite.simulator.auth.TokenService;
import io.rdesuite.simulator.faults.FaultInjector;
import io.rdesuite.simulator.http.ErrorBodies;
import io.rdesuite.simulator.ratelimit.RateLimiter;
import io.rdesuite.simulator.reports.ReportEngine;
import io.rdesuite.simulator.reports.ReportFiles;
import java.time.Clock;

/** Everything a running simulator holds; reset() brings it back to how it started. */
final class SimulatorState {
    final SimulatorConfig config;
    final Clock clock;
    final Defects defects;
    final ErrorBodies errors;
    final TokenService tokens;
    final RateLimiter rateLimiter;
    final ReportEngine engine;
    final ReportFiles files = new ReportFiles();
    final FaultInjector faults = new FaultInjector();
    final AuditLog audit = new AuditLog();
    volatile SimulatorConfig.RunningResultView runningResultView;

    SimulatorState(SimulatorConfig config) {
        this.config = config;
        this.clock = config.clock();
        this.defects = new Defects(config.defects());
        this.errors = new ErrorBodies(defects);
        this.tokens = new TokenService(clock);
        this.rateLimiter = new RateLimiter(clock, config.rateLimit(), config.clientRateLimits(),
                config.rateLimitEscalation());
        this.engine = new ReportEngine(clock, config.seed(), config.reportDuration(), config.outcomes());
        this.runningResultView = config.runningResultView();
    }

    ClientRegistration client(String clientId) {
        return config.clients().stream().filter(c -> c.clientId().equals(clientId)).findFirst().orElse(null);
    }

    void reset() {
        engine.clear();
        engine.configure(config.reportDuration(), config.outcomes());
        files.clear();
        faults.clear();
        audit.clear();
        defects.set(config.defects());
        rateLimiter.configure(config.rateLimit(), config.clientRateLimits(), config.rateLimitEscalation());
        runningResultView = config.runningResultView();
    }
}
