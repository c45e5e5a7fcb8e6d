package io.rdesuite.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.CsvFileKey;
import io.rdesuite.api.Defect;
import io.rdesuite.api.Durations;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.Variant;
import io.rdesuite.simulator.Assumptions.CheckOrder;
import io.rdesuite.simulator.SimulatorConfig.RunningResultView;
import io.rdesuite.simulator.reports.Outcome;
import io.rdesuite.simulator.reports.Retention;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The keys of the settings JSON and how each value is read and checked: the one table of them. */
final class SettingsKeys {

    static final String REPORT_DURATION = "reportDuration";
    static final String OUTCOMES = "outcomes";
    static final String RUNNING_RESULT_VIEW = "runningResultView";
    static final String CSV_CONTENT_TYPE = "csvContentType";
    static final String RATE_LIMITS = "rateLimits";
    static final String RATE_LIMIT_DEFAULT = "rateLimits.default";
    static final String RATE_LIMIT_CLIENTS = "rateLimits.clients";
    static final String RATE_LIMIT_ESCALATION = "rateLimits.escalation";
    static final String RATE_LIMIT_PER_VERSION = "rateLimits.perVersion";
    static final String VERSIONS_SHARE_STATE = "versionsShareState";
    static final String RETENTION = "retention";
    static final String TOKEN_TTL = "tokenTtl";
    static final String SEED = "seed";
    static final String DEFECTS = "defects";
    static final String VARIANTS = "variants";
    static final String CLIENTS = "clients";
    static final String CANCEL_UNKNOWN_ID = "cancelUnknownId";
    static final String CANCEL_FINISHED = "cancelFinished";
    static final String GET_REPORT_BEFORE_COMPLETION = "getReportBeforeCompletion";
    static final String CHECK_ORDER = "checkOrder";
    static final String CSV_HEADERS = "csvHeaders";

    private static final Pattern MEDIA_TYPE = Pattern.compile("[\\w.+-]+/[\\w.+-]+\\s*(;.*)?");

    /** Key path (rate limits: rateLimits.default, ...) to the reader of its value. */
    private static final Map<String, Function<JsonNode, Object>> READERS = readers();

    private SettingsKeys() {
    }

    private static Map<String, Function<JsonNode, Object>> readers() {
        Map<String, Function<JsonNode, Object>> r = new LinkedHashMap<>();
        r.put(REPORT_DURATION, n -> duration(n, false));
        r.put(OUTCOMES, SettingsKeys::outcomes);
        r.put(RUNNING_RESULT_VIEW, n -> runningResultView(text(n)));
        r.put(CSV_CONTENT_TYPE, SettingsKeys::mediaType);
        r.put(RATE_LIMIT_DEFAULT, n -> RateLimitSpec.parse(text(n)));
        r.put(RATE_LIMIT_CLIENTS, SettingsKeys::clientLimits);
        r.put(RATE_LIMIT_ESCALATION, SettingsKeys::bool);
        r.put(RATE_LIMIT_PER_VERSION, SettingsKeys::bool);
        r.put(RETENTION, SettingsKeys::retention);
        r.put(TOKEN_TTL, n -> duration(n, true));
        r.put(SEED, SettingsKeys::whole);
        r.put(DEFECTS, n -> defects(names(n)));
        r.put(VARIANTS, n -> Variant.named(names(n)));
        r.put(CANCEL_UNKNOWN_ID, n -> status(n, Assumptions.CANCEL_UNKNOWN_ID));
        r.put(CANCEL_FINISHED, n -> status(n, Assumptions.CANCEL_FINISHED));
        r.put(GET_REPORT_BEFORE_COMPLETION, n -> status(n, Assumptions.GET_REPORT_BEFORE_COMPLETION));
        r.put(CHECK_ORDER, n -> CheckOrder.parse("", text(n)));
        r.put(VERSIONS_SHARE_STATE, SettingsKeys::bool);
        r.put(CSV_HEADERS, SettingsKeys::csvHeaders);
        return Collections.unmodifiableMap(r);
    }

    /** The keys a settings JSON may hold at its top level, in the order GET answers them. */
    static List<String> topLevel() {
        List<String> keys = new ArrayList<>(READERS.keySet().stream()
                .map(k -> k.startsWith(RATE_LIMITS + ".") ? RATE_LIMITS : k).distinct().toList());
        keys.add(CLIENTS);
        return keys;
    }

    static SimulatorSettings read(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new SimulatorSettings.SettingsException("the settings must be a JSON object (as GET "
                    + "/__simulator/settings answers), not " + kind(json));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            switch (e.getKey()) {
                case CLIENTS -> notes.add("'clients' is read-only (clients are set when the simulator starts): "
                        + "ignored");
                case RATE_LIMITS -> rateLimits(e.getValue(), values);
                default -> {
                    if (!READERS.containsKey(e.getKey())) {
                        throw new SimulatorSettings.SettingsException("unknown key '" + e.getKey() + "'; the keys are "
                                + String.join(", ", topLevel()));
                    }
                    values.put(e.getKey(), value(e.getKey(), e.getValue()));
                }
            }
        }
        return new SimulatorSettings(values, notes);
    }

    private static void rateLimits(JsonNode node, Map<String, Object> values) {
        if (!node.isObject()) {
            throw new SimulatorSettings.SettingsException("'rateLimits' takes an object such as "
                    + "{\"default\":\"100/10s\",\"clients\":{},\"escalation\":false}, not " + kind(node));
        }
        node.fields().forEachRemaining(e -> {
            String key = RATE_LIMITS + "." + e.getKey();
            if (!READERS.containsKey(key)) {
                throw new SimulatorSettings.SettingsException("unknown key '" + key
                        + "'; rateLimits takes default, clients, escalation and perVersion");
            }
            values.put(key, value(key, e.getValue()));
        });
    }

    /** The key's value, or one line naming the key and the problem. */
    private static Object value(String key, JsonNode node) {
        try {
            return READERS.get(key).apply(node);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new SimulatorSettings.SettingsException("'" + key + "'"
                    + (m.startsWith("takes ") || m.startsWith("must ") ? " " : ": ") + m);
        }
    }

    private static String text(JsonNode n) {
        if (!n.isTextual()) {
            throw new IllegalArgumentException("takes a text, not " + kind(n));
        }
        return n.asText();
    }

    private static Duration duration(JsonNode n, boolean positive) {
        Duration d = Durations.parse(text(n));
        if (d.isNegative() || positive && d.isZero()) {
            throw new IllegalArgumentException("must be " + (positive ? "positive" : "0 or more") + ", not '"
                    + n.asText() + "'");
        }
        return d;
    }

    /** The text (a count may be a number), once it reads as a retention (the part left out is filled in later). */
    private static String retention(JsonNode n) {
        if (!n.isTextual() && !n.isIntegralNumber()) {
            throw new IllegalArgumentException("takes an age, a count or both, such as \"1h,10000\", not " + kind(n));
        }
        Retention.parse(n.asText());
        return n.asText();
    }

    private static Map<ReportType, Outcome> outcomes(JsonNode n) {
        Map<ReportType, Outcome> outcomes = new EnumMap<>(ReportType.class);
        object(n, "{\"ACCOUNTS\":\"WARNING\"}").fields().forEachRemaining(e -> {
            ReportType type;
            try {
                type = ReportType.valueOf(e.getKey());
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("'" + e.getKey() + "' is not a report type; use "
                        + List.of(ReportType.values()));
            }
            outcomes.put(type, Outcome.parse(text(e.getValue())));
        });
        return outcomes;
    }

    private static RunningResultView runningResultView(String text) {
        try {
            return RunningResultView.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("takes OMIT_STATUS or EMPTY, not '" + text + "'");
        }
    }

    private static String mediaType(JsonNode n) {
        String text = text(n);
        if (!MEDIA_TYPE.matcher(text.trim()).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a media type such as application/csv");
        }
        return text.trim();
    }

    /** Key (a report type, or SEARCH_EXPORT/NAME.csv) to its columns, checked as the pins' are. */
    private static Map<String, List<String>> csvHeaders(JsonNode n) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        object(n, "{\"ACCOUNTS\":[\"Account ID\",\"Account Name\"]}").fields().forEachRemaining(e -> {
            CsvFileKey.check(e.getKey());
            try {
                headers.put(e.getKey(), CsvFileKey.columns(names(e.getValue())));
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException(e.getKey() + ": " + bad.getMessage());
            }
        });
        return headers;
    }

    private static Map<String, RateLimitSpec> clientLimits(JsonNode n) {
        Map<String, RateLimitSpec> limits = new LinkedHashMap<>();
        object(n, "{\"demo-read\":\"3/2s\"}").fields().forEachRemaining(e ->
                limits.put(e.getKey(), RateLimitSpec.parse(text(e.getValue()))));
        return limits;
    }

    private static boolean bool(JsonNode n) {
        if (!n.isBoolean()) {
            throw new IllegalArgumentException("takes true or false, not " + kind(n));
        }
        return n.asBoolean();
    }

    private static long whole(JsonNode n) {
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw new IllegalArgumentException("takes a whole number, not " + kind(n));
        }
        return n.asLong();
    }

    private static int status(JsonNode n, List<Integer> allowed) {
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new IllegalArgumentException("takes " + Assumptions.oneOf(allowed) + ", not " + kind(n));
        }
        return Assumptions.status("", n.asInt(), allowed);
    }

    private static List<String> names(JsonNode n) {
        if (!n.isArray()) {
            throw new IllegalArgumentException("takes an array of names, not " + kind(n));
        }
        List<String> names = new ArrayList<>();
        n.forEach(name -> names.add(text(name)));
        return names;
    }

    private static Set<Defect> defects(List<String> names) {
        Set<Defect> defects = EnumSet.noneOf(Defect.class);
        for (String name : names) {
            try {
                defects.add(Defect.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + name + "' is not a known defect; GET /__simulator/info "
                        + "lists them");
            }
        }
        return defects;
    }

    private static JsonNode object(JsonNode n, String example) {
        if (!n.isObject()) {
            throw new IllegalArgumentException("takes an object such as " + example + ", not " + kind(n));
        }
        return n;
    }

    /** How a value reads in a message: its text for short scalars, else its JSON type. */
    private static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isValueNode() && n.toString().length() <= 40) {
            return n.toString();
        }
        return n.isArray() ? "an array" : n.isObject() ? "an object" : "a " + n.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
