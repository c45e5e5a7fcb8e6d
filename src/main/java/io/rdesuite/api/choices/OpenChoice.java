package io.rdesuite.api.choices;

import io.rdesuite.api.Durations;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The registry of open choices: one entry per row of docs/assumptions.md that has more than one honest answer and
 * a simulator setting. What the documents say, the honest values (the simulator's default first; for an unbounded
 * row such as timing, a rate limit or a token lifetime, the sample values the self-checks use), the settings key
 * (as {@code GET /__simulator/settings} names it, {@code rateLimits.default} for a nested one) and flag, and how a
 * run observes it. The simulator's flags, its settings file, the control API, calibration, the suite's
 * observations, the tenant profile and the docs' table are read from here: a new choice is one entry here (and
 * the simulator's behaviour for it).
 */
public enum OpenChoice {

    RUNNING_RESULT("running-result", "no running value in either status enum", Kind.NAME, true,
            "runningResultView", "--running-result", false,
            "getReportResult of a report still running: 200 with its fields but no status, or `{}` "
                    + "(GetReportResultScenarios.runningReport)",
            "OMIT_STATUS", "EMPTY"),
    CANCEL_FINISHED("cancel-finished", "unknown", Kind.STATUS, true, "cancelFinished", "--cancel-finished", false,
            "cancelReport of a report seen to end (the cancelReport burst of RateLimitScenarios)",
            "204", "400", "404"),
    CANCEL_UNKNOWN("cancel-unknown", "unknown; no 404 documented for cancel", Kind.STATUS, true, "cancelUnknownId",
            "--cancel-unknown-id", false,
            "cancelReport of a well-formed id no start answered (CancelReportScenarios)", "400", "404", "204"),
    GET_BEFORE_COMPLETION("get-before-completion", "unknown", Kind.STATUS, true, "getReportBeforeCompletion",
            "--get-report-before-completion", false,
            "getReport of a report still running (GetReportScenarios.reportStillRunning)", "404", "400"),
    CSV_CONTENT_TYPE("csv-content-type", "`application/csv` as published", Kind.TEXT, true, "csvContentType",
            "--csv-content-type", true,
            "getReport csv of a completed report: its media type (GetReportScenarios, the lifecycle)",
            "application/csv", "text/csv"),
    CHECK_ORDER("check-order", "401, 403, 400", Kind.NAME, true, "checkOrder", "--check-order", false,
            "a read-only client over its limit calling startReport: 429 or 403 (ForbiddenScenarios.checkOrder, "
                    + "on a simulator)",
            "RATE_LIMIT_FIRST", "FORBIDDEN_FIRST"),
    RATE_LIMIT("rate-limit-counting", "per client_id, per API version; 100 per 10 s", Kind.TEXT, false,
            "rateLimits.default", "--rate-limit", false,
            "not judged: the rate-limit scenarios tighten a simulator's limit, and measure a tenant's",
            "100/10s", "25/8s", "1000/10s"),
    RATE_LIMIT_ESCALATION("rate-limit-escalation", "some routes", Kind.BOOLEAN, true, "rateLimits.escalation",
            "--rate-limit-escalation", false, "not judged: the bursts of a simulator turn it off", "false", "true"),
    REPORT_TIMING("report-timing", "~3 s for a small report", Kind.TEXT, false, "reportDuration",
            "--report-duration", false, "not judged: the report timeout bounds it (the embedded simulator: 300ms)",
            "3s", "1s"),
    ROWS("rows", "nothing", Kind.WHOLE, false, "seed", "--seed", true,
            "not judged: a file's rows are checked against its result's row count", "42", "7"),
    TOKEN_LIFETIME("token-lifetime", "examples ~750 s", Kind.TEXT, false, "tokenTtl", "--token-ttl", true,
            "not judged: the token provider renews a token before it expires", "749s", "60s"),
    RETENTION("retention", "unknown: the document names no retention", Kind.TEXT, false, "retention",
            "--retention", false, "not judged: the suite reads its reports at once", "1h,10000", "30m,500"),
    VERSIONS_SHARE_STATE("versions-share-state", "not documented; the versions front one service", Kind.BOOLEAN,
            true, "versionsShareState", "--versions-share-state", false,
            "a report started through one version, read, downloaded and cancelled through another "
                    + "(VersionsShareStateScenarios, two versions or more)", "true", "false"),
    RATE_LIMIT_PER_VERSION("rate-limit-per-version", "\"counted per API version\" (developer docs)", Kind.BOOLEAN,
            true, "rateLimits.perVersion", "--rate-limit-per-version", false,
            "a client over its limit in one version calling another (RateLimitPerVersionScenarios, two versions "
                    + "or more)", "true", "false");

    /** How a value is written in the settings JSON and on the command line. */
    public enum Kind {
        /** An HTTP status: a JSON number; the flag takes the number. */
        STATUS,
        /** An upper-case name: a JSON string; the flag takes it in lower case with hyphens. */
        NAME,
        /** A text (a media type, a duration, a rate limit): a JSON string, the flag the same text. */
        TEXT,
        /** true or false: a JSON boolean; the flag alone means true, {@code --flag=false} false. */
        BOOLEAN,
        /** A whole number: a JSON number. */
        WHOLE
    }

    private final String row;
    private final String documents;
    private final Kind kind;
    private final boolean bounded;
    private final String key;
    private final String flag;
    private final boolean fixedAtStart;
    private final String observedBy;
    private final List<String> values;

    OpenChoice(String row, String documents, Kind kind, boolean bounded, String key, String flag,
               boolean fixedAtStart, String observedBy, String... values) {
        this.row = row;
        this.documents = documents;
        this.kind = kind;
        this.bounded = bounded;
        this.key = key;
        this.flag = flag;
        this.fixedAtStart = fixedAtStart;
        this.observedBy = observedBy;
        this.values = List.of(values);
    }

    /** The row id in docs/assumptions.md (and in calibration's fidelity table), e.g. cancel-finished. */
    public String row() {
        return row;
    }

    /** What the published documents say about it. */
    public String documents() {
        return documents;
    }

    public Kind kind() {
        return kind;
    }

    /** True when the honest values are all there are; false when they are samples of an open range. */
    public boolean bounded() {
        return bounded;
    }

    /** The settings key as GET /__simulator/settings names it; a nested one with a dot (rateLimits.default). */
    public String key() {
        return key;
    }

    /** The standalone simulator's flag. */
    public String flag() {
        return flag;
    }

    /** True when the simulator takes it only at start (a PUT may repeat the value, not change it). */
    public boolean fixedAtStart() {
        return fixedAtStart;
    }

    /** How a run of the suite observes it ("not judged: ..." where no answer depends on it). */
    public String observedBy() {
        return observedBy;
    }

    /** Whether some scenario accepts each honest value of it and records which one the target showed. */
    public boolean observed() {
        return !observedBy.startsWith("not judged");
    }

    /** The honest values in the settings file's text form, the simulator's default first. */
    public List<String> honestValues() {
        return values;
    }

    /** The simulator's default (the standalone simulator's, where the embedded one differs it is said in docs). */
    public String defaultValue() {
        return values.get(0);
    }

    /** The honest values other than the default. */
    public List<String> others() {
        return values.subList(1, values.size());
    }

    /** The statuses of a {@link Kind#STATUS} row, the default first. */
    public List<Integer> statuses() {
        if (kind != Kind.STATUS) {
            throw new IllegalStateException(row + " is not a status");
        }
        return values.stream().map(Integer::valueOf).toList();
    }

    /**
     * The value in this row's canonical text when it is an honest one (a bounded row: one of {@link #honestValues()},
     * names in any case and with hyphens, media types as RFC 9110 compares them), else empty. An unbounded row
     * takes any value of its form; the simulator's settings reader judges the form.
     */
    public Optional<String> honest(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        if (!bounded) {
            return Optional.of(v);
        }
        return values.stream().filter(h -> same(h, v)).findFirst();
    }

    /** Whether {@code a} and {@code b} are the same value of this row. */
    public boolean same(String a, String b) {
        return switch (kind) {
            case NAME -> canonicalName(a).equals(canonicalName(b));
            case TEXT -> key.equals(CSV_CONTENT_TYPE.key) ? MediaTypes.sameType(a, b) : sameText(a, b);
            case BOOLEAN -> a.trim().equalsIgnoreCase(b.trim());
            default -> a.trim().equals(b.trim());
        };
    }

    /** The value as the settings JSON holds it: Integer, Long, Boolean or String. */
    public Object json(String value) {
        String v = value.trim();
        try {
            return switch (kind) {
                case STATUS -> Integer.valueOf(v);
                case WHOLE -> Long.valueOf(v);
                case BOOLEAN -> {
                    if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                        throw new IllegalArgumentException(flag + " takes true or false, not '" + value + "'");
                    }
                    yield Boolean.valueOf(v);
                }
                case NAME -> canonicalName(v);
                case TEXT -> v;
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " takes " + (kind == Kind.STATUS ? oneOf() : "a whole number")
                    + ", not '" + value + "'");
        }
    }

    /** The command-line arguments that set {@code value}. */
    public List<String> flagArgs(String value) {
        return switch (kind) {
            case BOOLEAN -> List.of(flag + "=" + value.trim().toLowerCase(Locale.ROOT));
            case NAME -> List.of(flag, value.trim().toLowerCase(Locale.ROOT).replace('_', '-'));
            default -> List.of(flag, value.trim());
        };
    }

    /** The operation (its v3 operationId) whose status a {@link Kind#STATUS} row is; empty for other rows. */
    public Optional<String> operationId() {
        return switch (this) {
            case CANCEL_FINISHED, CANCEL_UNKNOWN -> Optional.of("cancelReport");
            case GET_BEFORE_COMPLETION -> Optional.of("getReport");
            default -> Optional.empty();
        };
    }

    /**
     * Whether some open choice lets the operation answer the status (cancelReport 404: a cancel of an unknown id or
     * of a finished report), though its document does not list it: the observing scenario judges such an answer.
     */
    public static boolean allowsStatus(String operationId, int status) {
        return Arrays.stream(values()).anyMatch(c -> c.operationId().filter(operationId::equals).isPresent()
                && c.statuses().contains(status));
    }

    /** "400, 404 or 204" (backticked values in docs are added by the caller). */
    public String oneOf() {
        String all = String.join(", ", values);
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }

    public static Optional<OpenChoice> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }

    public static Optional<OpenChoice> byRow(String row) {
        return Arrays.stream(values()).filter(c -> c.row.equals(row)).findFirst();
    }

    public static Optional<OpenChoice> byFlag(String flag) {
        return Arrays.stream(values()).filter(c -> c.flag.equals(flag)).findFirst();
    }

    /** The table docs/assumptions.md carries between its markers (checked equal by a test). */
    public static String markdownTable() {
        StringBuilder md = new StringBuilder("| row | the documents say | honest values | the simulator's default "
                + "| settings key | flag | how a run observes it |\n|---|---|---|---|---|---|---|\n");
        for (OpenChoice c : values()) {
            md.append("| `").append(c.row).append("` | ").append(c.documents).append(" | ")
                    .append(c.values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", ")))
                    .append(c.bounded ? "" : " (samples)").append(" | `").append(c.defaultValue()).append("` | `")
                    .append(c.key).append('`').append(c.fixedAtStart ? " (at start)" : "").append(" | `")
                    .append(c.flag).append("` | ").append(c.observedBy).append(" |\n");
        }
        return md.toString();
    }

    /** Equal texts, or the same duration however written (749s, 12m29s, 749000ms). */
    private static boolean sameText(String a, String b) {
        if (a.trim().equals(b.trim())) {
            return true;
        }
        try {
            return Durations.parse(a).equals(Durations.parse(b));
        } catch (IllegalArgumentException notDurations) {
            return false;
        }
    }

    private static String canonicalName(String text) {
        return text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
