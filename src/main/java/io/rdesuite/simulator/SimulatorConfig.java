package io.rdesuite.simulator;

import io.rdesuite.api.CsvFileKey;
import io.rdesuite.api.Defect;
import io.rdesuite.api.Durations;
import io.rdesuite.api.choices.OpenChoice;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.control.ControlToken;
import io.rdesuite.api.Variant;
import io.rdesuite.simulator.reports.Outcome;
import io.rdesuite.simulator.reports.Retention;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the simulator is started with. Settings that the control API can change at run time start from
 * here, and POST /__simulator/reset returns to them.
 *
 * <p>A configuration that listens beyond loopback cannot be made with the control API open or a demo client
 * accepted ({@link UnsafeExposureException}); see {@link Exposure}. {@code controlToken} is null when the control
 * API needs none.
 */
public record SimulatorConfig(
        String host,
        int port,
        List<ClientRegistration> clients,
        RateLimitSpec rateLimit,
        Map<String, RateLimitSpec> clientRateLimits,
        boolean rateLimitEscalation,
        Duration reportDuration,
        Map<ReportType, Outcome> outcomes,
        Duration tokenTtl,
        long seed,
        boolean controlApi,
        boolean requestLog,
        RunningResultView runningResultView,
        String csvContentType,
        Set<Defect> defects,
        Clock clock,
        ControlToken controlToken,
        Retention retention,
        Set<Variant> variants,
        boolean versionsShareState,
        boolean rateLimitPerVersion,
        Assumptions assumptions,
        Map<String, List<String>> csvHeaders) {

    /** How GET /result shows a report that is still running; the document has no "running" status. */
    public enum RunningResultView {
        /** 200 ReportResults with id, reportType, taskDefName, created; no status, rows or duration. */
        OMIT_STATUS,
        /** 200 with an empty object, as for an unknown id. */
        EMPTY
    }

    public SimulatorConfig {
        clients = List.copyOf(clients);
        clientRateLimits = Map.copyOf(clientRateLimits);
        outcomes = outcomes.isEmpty() ? Map.of() : Map.copyOf(outcomes);
        defects = defects.isEmpty() ? Set.of() : Set.copyOf(defects);
        variants = variants.isEmpty() ? Set.of() : Set.copyOf(variants);
        csvHeaders = csvHeaders(csvHeaders);
        Set<Exposure.Missing> missing = Exposure.missing(host, controlApi, controlToken, clients);
        if (!missing.isEmpty()) {
            throw new UnsafeExposureException(host, missing);
        }
    }

    /** Checked ({@link CsvFileKey}), sorted by key, unmodifiable. */
    private static Map<String, List<String>> csvHeaders(Map<String, List<String>> headers) {
        Map<String, List<String>> sorted = new TreeMap<>();
        headers.forEach((key, columns) -> {
            CsvFileKey.check(key);
            sorted.put(key, CsvFileKey.columns(columns));
        });
        return Collections.unmodifiableMap(sorted);
    }

    public static SimulatorConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.host = host;
        b.port = port;
        b.clients = new ArrayList<>(clients);
        b.rateLimit = rateLimit;
        b.clientRateLimits = new LinkedHashMap<>(clientRateLimits);
        b.rateLimitEscalation = rateLimitEscalation;
        b.reportDuration = reportDuration;
        b.outcomes = outcomes.isEmpty() ? new EnumMap<>(ReportType.class) : new EnumMap<>(outcomes);
        b.tokenTtl = tokenTtl;
        b.seed = seed;
        b.controlApi = controlApi;
        b.requestLog = requestLog;
        b.runningResultView = runningResultView;
        b.csvContentType = csvContentType;
        b.defects = defects.isEmpty() ? EnumSet.noneOf(Defect.class) : EnumSet.copyOf(defects);
        b.clock = clock;
        b.controlToken = controlToken;
        b.retention = retention;
        b.variants = variants.isEmpty() ? EnumSet.noneOf(Variant.class) : EnumSet.copyOf(variants);
        b.versionsShareState = versionsShareState;
        b.rateLimitPerVersion = rateLimitPerVersion;
        b.assumptions = assumptions;
        b.csvHeaders = csvHeaders;
        return b;
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 0;
        private List<ClientRegistration> clients = new ArrayList<>(ClientRegistration.DEMO_CLIENTS);
        private RateLimitSpec rateLimit = RateLimitSpec.parse(OpenChoice.RATE_LIMIT.defaultValue());
        private Map<String, RateLimitSpec> clientRateLimits = new LinkedHashMap<>();
        private boolean rateLimitEscalation = Boolean.parseBoolean(OpenChoice.RATE_LIMIT_ESCALATION.defaultValue());
        private Duration reportDuration = Durations.parse(OpenChoice.REPORT_TIMING.defaultValue());
        private Map<ReportType, Outcome> outcomes = new EnumMap<>(ReportType.class);
        private Duration tokenTtl = Durations.parse(OpenChoice.TOKEN_LIFETIME.defaultValue());
        private long seed = Long.parseLong(OpenChoice.ROWS.defaultValue());
        private boolean controlApi = true;
        private boolean requestLog = true;
        private RunningResultView runningResultView = RunningResultView.valueOf(OpenChoice.RUNNING_RESULT.defaultValue());
        private String csvContentType = OpenChoice.CSV_CONTENT_TYPE.defaultValue();
        private Set<Defect> defects = EnumSet.noneOf(Defect.class);
        private Clock clock = Clock.systemUTC();
        private ControlToken controlToken;
        private Retention retention = Retention.parse(OpenChoice.RETENTION.defaultValue());
        private Set<Variant> variants = EnumSet.noneOf(Variant.class);
        private boolean versionsShareState = Boolean.parseBoolean(OpenChoice.VERSIONS_SHARE_STATE.defaultValue());
        private boolean rateLimitPerVersion = Boolean.parseBoolean(OpenChoice.RATE_LIMIT_PER_VERSION.defaultValue());
        private Assumptions assumptions = Assumptions.DEFAULT;
        private Map<String, List<String>> csvHeaders = Map.of();

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder clients(List<ClientRegistration> clients) {
            this.clients = new ArrayList<>(clients);
            return this;
        }

        public Builder addClient(ClientRegistration client) {
            this.clients.add(client);
            return this;
        }

        public Builder rateLimit(RateLimitSpec rateLimit) {
            this.rateLimit = rateLimit;
            return this;
        }

        public Builder clientRateLimit(String clientId, RateLimitSpec limit) {
            this.clientRateLimits.put(clientId, limit);
            return this;
        }

        public Builder rateLimitEscalation(boolean on) {
            this.rateLimitEscalation = on;
            return this;
        }

        public Builder reportDuration(Duration reportDuration) {
            this.reportDuration = reportDuration;
            return this;
        }

        public Builder outcome(ReportType type, Outcome outcome) {
            this.outcomes.put(type, outcome);
            return this;
        }

        public Builder tokenTtl(Duration tokenTtl) {
            this.tokenTtl = tokenTtl;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder controlApi(boolean on) {
            this.controlApi = on;
            return this;
        }

        public Builder requestLog(boolean on) {
            this.requestLog = on;
            return this;
        }

        public Builder runningResultView(RunningResultView view) {
            this.runningResultView = view;
            return this;
        }

        public Builder csvContentType(String contentType) {
            this.csvContentType = contentType;
            return this;
        }

        public Builder defect(Defect defect) {
            this.defects.add(defect);
            return this;
        }

        public Builder defects(Set<Defect> defects) {
            this.defects = defects.isEmpty() ? EnumSet.noneOf(Defect.class) : EnumSet.copyOf(defects);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Every /__simulator/ call then needs {@code Authorization: Bearer TOKEN} (at least 16 visible ASCII
         * characters); null: none needed, which only loopback allows.
         */
        public Builder controlToken(String token) {
            this.controlToken = token == null ? null : ControlToken.of(token);
            return this;
        }

        /** How long finished reports are kept: by age and by count, whichever comes first. */
        public Builder retention(Retention retention) {
            this.retention = retention;
            return this;
        }

        /** Switches a benign variant on from the start (reset returns to the variants given here). */
        public Builder variant(Variant variant) {
            this.variants.add(variant);
            return this;
        }

        public Builder variants(Set<Variant> variants) {
            this.variants = variants.isEmpty() ? EnumSet.noneOf(Variant.class) : EnumSet.copyOf(variants);
            return this;
        }

        /**
         * True (the default): a report started through one API version is read, downloaded and cancelled through
         * any other; false: each version knows only the reports started through it.
         */
        public Builder versionsShareState(boolean on) {
            this.versionsShareState = on;
            return this;
        }

        /** True (the default): each API version has its own rate budget per client; false: one for all versions. */
        public Builder rateLimitPerVersion(boolean on) {
            this.rateLimitPerVersion = on;
            return this;
        }

        /** Choices about behaviour the documents leave open (docs/assumptions.md); the setters below change one each. */
        public Builder assumptions(Assumptions assumptions) {
            this.assumptions = java.util.Objects.requireNonNull(assumptions, "assumptions");
            return this;
        }

        /** cancelReport's status for a well-formed id that names no report: 400 (default), 404 or 204. */
        public Builder cancelUnknownId(int status) {
            return assumptions(assumptions.withCancelUnknownId(status));
        }

        /** cancelReport's status for a report that already ended: 204 (default), 400 or 404. */
        public Builder cancelFinished(int status) {
            return assumptions(assumptions.withCancelFinished(status));
        }

        /** getReport's status for a report still running: 404 (default) or 400. */
        public Builder getReportBeforeCompletion(int status) {
            return assumptions(assumptions.withGetReportBeforeCompletion(status));
        }

        /** Which of 429 and 403 comes first after authentication. */
        public Builder checkOrder(Assumptions.CheckOrder order) {
            return assumptions(assumptions.withCheckOrder(order));
        }

        /**
         * The columns of the report files, by key ({@code ACCOUNTS}, {@code SEARCH_EXPORT/identities.csv}), in
         * place of the simulator's own (see {@code reports.ReportFiles}); empty (the default): its own everywhere.
         */
        public Builder csvHeaders(Map<String, List<String>> headers) {
            this.csvHeaders = SimulatorConfig.csvHeaders(headers);
            return this;
        }

        public SimulatorConfig build() {
            if (clients.isEmpty()) {
                throw new IllegalArgumentException("the simulator needs at least one client");
            }
            if (reportDuration.isNegative()) {
                throw new IllegalArgumentException("report duration cannot be negative");
            }
            if (tokenTtl.isNegative() || tokenTtl.isZero()) {
                throw new IllegalArgumentException("token TTL must be positive");
            }
            return new SimulatorConfig(host, port, clients, rateLimit, clientRateLimits, rateLimitEscalation,
                    reportDuration, outcomes, tokenTtl, seed, controlApi, requestLog, runningResultView,
                    csvContentType, defects, clock, controlToken, retention, variants, versionsShareState,
                    rateLimitPerVersion, assumptions, csvHeaders);
        }
    }
}
