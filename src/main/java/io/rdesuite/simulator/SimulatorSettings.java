package io.rdesuite.simulator;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.rdesuite.api.Defect;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.Variant;
import io.rdesuite.simulator.Assumptions.CheckOrder;
import io.rdesuite.simulator.SimulatorConfig.RunningResultView;
import io.rdesuite.simulator.reports.Outcome;
import io.rdesuite.simulator.reports.Retention;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * The simulator's settings as JSON: the body of {@code GET /__simulator/settings}, any subset of its keys, read from a
 * settings file ({@code --settings FILE}, {@code -Dreports.simulator.settings=FILE}) or a {@code PUT
 * /__simulator/settings}. Every value is checked when read: an unknown key or a bad value is a
 * {@link SettingsException} of one line naming the key and what it takes. {@code clients} is read-only: ignored, with
 * a note ({@link #notes()}), since clients and their secrets are never in a settings file.
 */
public final class SimulatorSettings {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Bad settings, in one line; no stack trace (a setting to fix, not a bug). */
    public static final class SettingsException extends IllegalArgumentException {
        public SettingsException(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private final Map<String, Object> values;
    private final List<String> notes;

    SimulatorSettings(Map<String, Object> values, List<String> notes) {
        this.values = Map.copyOf(values);
        this.notes = List.copyOf(notes);
    }

    /** Reads a settings file; a problem is one line starting with the file's name. */
    public static SimulatorSettings read(Path file) {
        String text;
        try {
            if (Files.isDirectory(file)) {
                throw new SettingsException(file + ": is a folder, not a settings file");
            }
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new SettingsException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new SettingsException(file + ": cannot be read (permission denied)");
        } catch (IOException e) {
            throw new SettingsException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        JsonNode json;
        try {
            json = STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SettingsException(file + ": not JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + ")");
        }
        try {
            return of(json);
        } catch (SettingsException e) {
            throw new SettingsException(file + ": " + e.getMessage());
        }
    }

    /** Reads settings from JSON (a file's or a control request's); throws {@link SettingsException}. */
    public static SimulatorSettings of(JsonNode json) {
        return SettingsKeys.read(json);
    }

    /** Applies the file to the builder: each key given replaces the builder's value; notes are logged. */
    public static SimulatorConfig.Builder apply(Path file, SimulatorConfig.Builder builder) {
        SimulatorSettings settings = read(file);
        settings.notes().forEach(n -> LoggerFactory.getLogger(SimulatorSettings.class).info("{}: {}", file, n));
        return settings.applyTo(builder);
    }

    /** Each key given replaces the builder's value (outcomes and client limits: per report type, per client). */
    public SimulatorConfig.Builder applyTo(SimulatorConfig.Builder b) {
        reportDuration().ifPresent(b::reportDuration);
        outcomes().forEach(b::outcome);
        runningResultView().ifPresent(b::runningResultView);
        csvContentType().ifPresent(b::csvContentType);
        rateLimit().ifPresent(b::rateLimit);
        clientRateLimits().ifPresent(limits -> limits.forEach(b::clientRateLimit));
        escalation().ifPresent(b::rateLimitEscalation);
        retention(Retention.DEFAULT).ifPresent(b::retention);
        tokenTtl().ifPresent(b::tokenTtl);
        seed().ifPresent(b::seed);
        defects().ifPresent(b::defects);
        variants().ifPresent(b::variants);
        get(SettingsKeys.CANCEL_UNKNOWN_ID, Integer.class).ifPresent(b::cancelUnknownId);
        get(SettingsKeys.CANCEL_FINISHED, Integer.class).ifPresent(b::cancelFinished);
        get(SettingsKeys.GET_REPORT_BEFORE_COMPLETION, Integer.class).ifPresent(b::getReportBeforeCompletion);
        get(SettingsKeys.CHECK_ORDER, CheckOrder.class).ifPresent(b::checkOrder);
        rateLimitPerVersion().ifPresent(b::rateLimitPerVersion);
        versionsShareState().ifPresent(b::versionsShareState);
        csvHeaders().ifPresent(b::csvHeaders);
        return b;
    }

    /** These settings without the keys named (as the JSON has them; rate limits: rateLimits.default, ...). */
    public SimulatorSettings without(Collection<String> keys) {
        Map<String, Object> kept = new LinkedHashMap<>(values);
        kept.keySet().removeAll(keys);
        return new SimulatorSettings(kept, notes);
    }

    /** The keys given, as the JSON names them (rate limits: rateLimits.default, rateLimits.clients, ...). */
    public Set<String> keys() {
        return values.keySet();
    }

    /** What was read but not applied, and why (a read-only key). */
    public List<String> notes() {
        return notes;
    }

    /** The assumptions given, over {@code base}. */
    public Assumptions assumptions(Assumptions base) {
        Assumptions a = base;
        a = a.withCancelUnknownId(get(SettingsKeys.CANCEL_UNKNOWN_ID, Integer.class).orElse(a.cancelUnknownId()));
        a = a.withCancelFinished(get(SettingsKeys.CANCEL_FINISHED, Integer.class).orElse(a.cancelFinished()));
        a = a.withGetReportBeforeCompletion(get(SettingsKeys.GET_REPORT_BEFORE_COMPLETION, Integer.class)
                .orElse(a.getReportBeforeCompletion()));
        return a.withCheckOrder(get(SettingsKeys.CHECK_ORDER, CheckOrder.class).orElse(a.checkOrder()));
    }

    public Optional<Duration> reportDuration() {
        return get(SettingsKeys.REPORT_DURATION, Duration.class);
    }

    @SuppressWarnings("unchecked")
    public Map<ReportType, Outcome> outcomes() {
        return (Map<ReportType, Outcome>) values.getOrDefault(SettingsKeys.OUTCOMES, Map.of());
    }

    public Optional<RunningResultView> runningResultView() {
        return get(SettingsKeys.RUNNING_RESULT_VIEW, RunningResultView.class);
    }

    public Optional<String> csvContentType() {
        return get(SettingsKeys.CSV_CONTENT_TYPE, String.class);
    }

    public Optional<RateLimitSpec> rateLimit() {
        return get(SettingsKeys.RATE_LIMIT_DEFAULT, RateLimitSpec.class);
    }

    @SuppressWarnings("unchecked")
    public Optional<Map<String, RateLimitSpec>> clientRateLimits() {
        return Optional.ofNullable((Map<String, RateLimitSpec>) values.get(SettingsKeys.RATE_LIMIT_CLIENTS));
    }

    public Optional<Boolean> escalation() {
        return get(SettingsKeys.RATE_LIMIT_ESCALATION, Boolean.class);
    }

    /** Each API version its own rate budget per client (true) or one for all versions (false). */
    public Optional<Boolean> rateLimitPerVersion() {
        return get(SettingsKeys.RATE_LIMIT_PER_VERSION, Boolean.class);
    }

    /** The API versions share their reports (true) or each knows only its own (false). */
    public Optional<Boolean> versionsShareState() {
        return get(SettingsKeys.VERSIONS_SHARE_STATE, Boolean.class);
    }

    /** The report files' columns by key, in place of the simulator's own (the whole setting; empty: its own). */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, List<String>>> csvHeaders() {
        return Optional.ofNullable((Map<String, List<String>>) values.get(SettingsKeys.CSV_HEADERS));
    }

    /** The retention given, the part left out taken from {@code base}. */
    public Optional<Retention> retention(Retention base) {
        return get(SettingsKeys.RETENTION, String.class).map(text -> Retention.parse(text, base));
    }

    public Optional<Duration> tokenTtl() {
        return get(SettingsKeys.TOKEN_TTL, Duration.class);
    }

    public Optional<Long> seed() {
        return get(SettingsKeys.SEED, Long.class);
    }

    @SuppressWarnings("unchecked")
    public Optional<Set<Defect>> defects() {
        return Optional.ofNullable((Set<Defect>) values.get(SettingsKeys.DEFECTS));
    }

    @SuppressWarnings("unchecked")
    public Optional<Set<Variant>> variants() {
        return Optional.ofNullable((Set<Variant>) values.get(SettingsKeys.VARIANTS));
    }

    private <T> Optional<T> get(String key, Class<T> type) {
        return Optional.ofNullable(values.get(key)).map(type::cast);
    }
}
