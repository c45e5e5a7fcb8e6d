package io.rdesuite.explore;

import io.rdesuite.api.Defect;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.Variant;
import io.rdesuite.client.ClientCredentialsTokenProvider;
import io.rdesuite.client.TokenProvider;
import io.rdesuite.config.ClientCredentials;
import io.rdesuite.config.TargetConfig;
import io.rdesuite.simulator.ClientRegistration;
import io.rdesuite.simulator.ReportsSimulator;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.simulator.reports.Outcome;
import io.rdesuite.support.MutableClock;
import io.rdesuite.support.TargetApi.Identity;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What an exploration runs against. In process: a simulator of its own with a clock that stands still until the
 * exploration moves it (so the model knows which reports are running at the moment, and bursts land in one
 * instant), reset before every sequence. A tenant (SAIL_BASE_URL): real time, nothing reset, a failure replayed but
 * not minimised.
 */
interface ExploreTarget extends AutoCloseable {

    URI baseUri();

    /** The identity's token provider, or empty when the target has no credentials for it. */
    Optional<TokenProvider> tokens(Identity who);

    /** A short, secret-free description of the identity for reproducers: its client id, or the identity's name. */
    String describe(Identity who);

    /** True when the target's clock moves only when {@link #advance} moves it. */
    boolean controlsClock();

    /** The target's clock: in process the simulator's, else the system's. */
    Clock clock();

    /** Lets time pass: in process the clock moves at once; on a tenant the exploration sleeps (at most 1 s). */
    void advance(Duration duration);

    /** Back to a fresh state before a sequence (in process); a no-op on a tenant. */
    void reset();

    /** True when a failure may be minimised here: sequences are replayed on a fresh state. */
    default boolean minimises() {
        return controlsClock();
    }

    @Override
    void close();

    /** The in-process simulator an exploration owns, with the documented rate limit and reports of 1 s. */
    static InProcess inProcess(Set<Defect> defects, Set<Variant> variants) {
        return inProcess(b -> b.defects(defects).variants(variants));
    }

    static InProcess inProcess(Consumer<SimulatorConfig.Builder> customise) {
        MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
        Map<ReportType, Outcome> outcomes = new EnumMap<>(ReportType.class);
        outcomes.put(ReportType.IDENTITY_PROFILE_IDENTITY_ERROR, Outcome.ERROR);
        outcomes.put(ReportType.ORPHAN_IDENTITIES, Outcome.WARNING);
        SimulatorConfig.Builder builder = SimulatorConfig.builder()
                .clock(clock)
                .requestLog(false)
                .reportDuration(InProcess.REPORT_DURATION)
                .rateLimit(RateLimitSpec.DOCUMENTED_DEFAULT);
        outcomes.forEach(builder::outcome);
        customise.accept(builder);
        return new InProcess(clock, ReportsSimulator.start(builder.build()));
    }

    /** A target of the suite's configuration (SAIL_BASE_URL and its SAIL_* clients). */
    static ExploreTarget tenant(TargetConfig config) {
        return new Tenant(config, Duration.ofSeconds(1));
    }

    /** As {@link #tenant(TargetConfig)}, a wait sleeping at most {@code longestWait}. */
    static ExploreTarget tenant(TargetConfig config, Duration longestWait) {
        return new Tenant(config, longestWait);
    }

    final class InProcess implements ExploreTarget {
        static final Duration REPORT_DURATION = Duration.ofSeconds(1);

        private final MutableClock clock;
        private final ReportsSimulator simulator;
        private final Map<Identity, TokenProvider> tokens = new EnumMap<>(Identity.class);

        InProcess(MutableClock clock, ReportsSimulator simulator) {
            this.clock = clock;
            this.simulator = simulator;
        }

        public ReportsSimulator simulator() {
            return simulator;
        }

        @Override
        public URI baseUri() {
            return URI.create(simulator.baseUrl());
        }

        @Override
        public synchronized Optional<TokenProvider> tokens(Identity who) {
            return Optional.of(tokens.computeIfAbsent(who, w -> ClientCredentialsTokenProvider
                    .builder(baseUri(), credentials(w)).clock(clock).build()));
        }

        @Override
        public String describe(Identity who) {
            return credentials(who).id();
        }

        private static ClientCredentials credentials(Identity who) {
            ClientRegistration client = ClientRegistration.DEMO_CLIENTS.get(who.ordinal());
            return new ClientCredentials(client.clientId(), client.secret());
        }

        @Override
        public boolean controlsClock() {
            return true;
        }

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public void advance(Duration duration) {
            clock.advance(duration);
        }

        /** A fresh state: no report, fresh rate windows; the clock jumps past any window still open. */
        @Override
        public void reset() {
            simulator.reset();
            clock.advance(Duration.ofMinutes(1));
        }

        @Override
        public void close() {
            simulator.close();
        }
    }

    final class Tenant implements ExploreTarget {
        private final TargetConfig config;
        private final Duration longestWait;
        private final Map<Identity, Optional<TokenProvider>> tokens = new EnumMap<>(Identity.class);

        Tenant(TargetConfig config, Duration longestWait) {
            this.config = config;
            this.longestWait = longestWait;
        }

        @Override
        public URI baseUri() {
            return config.baseUri();
        }

        @Override
        public synchronized Optional<TokenProvider> tokens(Identity who) {
            return tokens.computeIfAbsent(who, w -> switch (w) {
                case MANAGE -> Optional.of(TokenProvider.forTarget(config));
                case READ_ONLY -> config.readOnly().map(c -> TokenProvider.forCredentials(config.baseUri(), c));
                case NO_ACCESS -> config.noAccess().map(c -> TokenProvider.forCredentials(config.baseUri(), c));
            });
        }

        @Override
        public String describe(Identity who) {
            Optional<ClientCredentials> credentials = switch (who) {
                case MANAGE -> config.credentials();
                case READ_ONLY -> config.readOnly();
                case NO_ACCESS -> config.noAccess();
            };
            return credentials.map(ClientCredentials::id).orElse(who.name().toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public boolean controlsClock() {
            return false;
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }

        @Override
        public void advance(Duration duration) {
            try {
                Thread.sleep(Math.min(duration.toMillis(), longestWait.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void reset() {
        }

        @Override
        public void close() {
        }
    }

    static Instant now(ExploreTarget target) {
        return target.clock().instant();
    }
}
