package io.rdesuite.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.Operation;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.RetryAfter;
import io.rdesuite.api.Scopes;
import io.rdesuite.client.ReportFile;
import io.rdesuite.support.TargetApi.Identity;
import io.rdesuite.verdict.AnswerCheck;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The reference model of the Reports Data Extraction API, in the suite's vocabulary: reports with their lifecycle
 * (running, each final status, cancelled, gone), clients with their scopes, the per-client (and per-version) rate
 * budget, versions sharing state or not. Given a call and its answer it says what was not allowed: the status set,
 * the document's shapes and headers ({@link AnswerCheck}), and the values it can predict: the id and type of a
 * report, its status progression, a repeated start of a running report answering its task, rows in /result equal
 * to the rows of the file, the same file on every download, files only once a report ended with one. Where the
 * documents are silent it allows every honest answer ({@link OpenChoices}), and learns the one the target gave.
 *
 * <p>With a clock the exploration controls, the model knows a report seen running is still running until time
 * passes; on a tenant time always passes, so it only knows what it has seen end.
 */
final class ReportModel {

    /** The documented limit: 100 requests per 10 s per client (per version, as assumed). */
    static final RateLimitSpec LIMIT = RateLimitSpec.DOCUMENTED_DEFAULT;
    private static final Pattern HEX32 = Pattern.compile("[0-9a-f]{32}");
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final Set<String> WITH_FILE = Set.of("SUCCESS", "WARNING");

    /** One report as the model knows it. */
    static final class Report {
        final String id;
        final ReportType type;
        final String argumentsKey;
        final ApiVersion through;
        /** The last moment (epoch) it was known to run; -1 if never. */
        int runningEpoch = -1;
        String finalStatus;
        boolean servedFile;
        boolean cancelled;
        boolean cancelMaybe;
        boolean seenWithId;
        Long rows;
        Long fileRows;
        List<String> formats;
        final Map<FileFormat, String> digests = new EnumMap<>(FileFormat.class);

        Report(String id, ReportType type, String argumentsKey, ApiVersion through) {
            this.id = id;
            this.type = type;
            this.argumentsKey = argumentsKey;
            this.through = through;
        }

        boolean ended() {
            return finalStatus != null || servedFile;
        }

        String state() {
            return finalStatus != null ? finalStatus : servedFile ? "ended with a file" : "not seen to end";
        }
    }

    /** A call as the model sees it: who, through which version, about which report (null: none it knows). */
    record Call(Operation operation, Identity who, ApiVersion version, String label, Report report, Action action) {
    }

    private record Sent(Instant at, String client, ApiVersion version, boolean admitted, boolean forbidden) {
    }

    private final OpenChoices choices;
    private final boolean controlsClock;
    private final AnswerCheck check;
    private final Map<String, Report> reports = new LinkedHashMap<>();
    private final Deque<Sent> sent = new ArrayDeque<>();
    private final Set<String> observations = new TreeSet<>();
    private int epoch;

    ReportModel(OpenChoices choices, boolean controlsClock, AnswerCheck check) {
        this.choices = choices;
        this.controlsClock = controlsClock;
        this.check = check;
    }

    /** Time passed: nothing is known to run any more until seen again. */
    void timePassed() {
        epoch++;
    }

    Collection<Report> reports() {
        return reports.values();
    }

    /** The report of that id, if the calls through {@code version} can see it. */
    Report visible(String id, ApiVersion version) {
        Report r = id == null ? null : reports.get(id);
        return r != null && (choices.versionsShareState() || r.through == version) ? r : null;
    }

    /** What the target chose where the documents leave it open, as seen: "cancel of an ended report: 204". */
    Set<String> observations() {
        return observations;
    }

    /** Judges an answer and learns from it: the broken promises, in words (empty when the answer is allowed). */
    List<String> judge(Call call, Exchange ex) {
        if (!controlsClock) {
            epoch++;
        }
        List<String> wrong = new ArrayList<>();
        contract(check, ex, wrong);
        boolean mayLimit = rateLimitAllowed(ex);
        boolean mustLimit = rateLimitRequired(ex);
        boolean forbidden = !hasScope(call.who(), call.operation());
        sent.addLast(new Sent(ex.at(), ex.client(), ex.version(), ex.status() != 429, forbidden));
        if (ex.status() >= 500) {
            wrong.add(call.label() + " answered " + ex.status() + ": never a 5xx without an armed fault");
            return wrong;
        }
        if (ex.status() == 429) {
            if (!mayLimit) {
                wrong.add(call.label() + " answered 429 although " + ex.client() + " sent at most " + LIMIT.requests()
                        + " requests in the last " + LIMIT.window().toSeconds() + " s");
            }
            String retryAfter = ex.header("retry-after").orElse(null);
            if (retryAfter == null || RetryAfter.seconds(retryAfter, ex.at()).isEmpty()) {
                wrong.add(call.label() + " answered 429 without a valid Retry-After (" + retryAfter + ")");
            }
            return wrong;
        }
        if (mustLimit) {
            wrong.add(call.label() + " answered " + ex.status() + " although " + ex.client() + " sent more than "
                    + LIMIT.requests() + " requests at one instant: the documented limit asks for 429");
        }
        if (forbidden) {
            expect(call, ex, Set.of(403), "a client without " + call.operation().scopes(), wrong);
            return wrong;
        }
        if (ex.status() == 403) {
            wrong.add(call.label() + " answered 403 to " + call.who() + ", whose scopes allow " + call.operation().id());
            return wrong;
        }
        switch (call.operation()) {
            case START_REPORT -> start(call, ex, wrong);
            case GET_REPORT_RESULT -> poll(call, ex, wrong);
            case GET_REPORT -> download(call, ex, wrong);
            case CANCEL_REPORT -> cancel(call, ex, wrong);
        }
        return wrong;
    }

    /** The document's promises of any answer: status, shapes, headers (AnswerCheck) and SLPT-Request-ID. */
    static void contract(AnswerCheck check, Exchange ex, List<String> wrong) {
        AnswerCheck.Verdict verdict = check.check(ex.validatorRequest(), ex.validatorResponse(), ex.headers().keySet());
        if (verdict.violated()) {
            wrong.add(ex.method() + " " + ex.path() + " broke the document: " + verdict.violations().stream()
                    .limit(2).map(m -> m.getMessage().replaceAll("\\s+", " ")).toList());
        }
        String requestId = ex.header("slpt-request-id").orElse(null);
        if (requestId == null || !HEX32.matcher(requestId).matches()) {
            wrong.add(ex.method() + " " + ex.path() + " answered SLPT-Request-ID " + requestId + ", not 32 lower-case hex");
        }
    }

    private void start(Call call, Exchange ex, List<String> wrong) {
        Action.Start start = (Action.Start) call.action();
        if (!expect(call, ex, Set.of(200), "a valid start", wrong)) {
            return;
        }
        JsonNode body = ex.json().orElse(null);
        String id = body == null ? null : body.path("id").asText(null);
        if (id == null || !HEX32.matcher(id).matches()) {
            wrong.add(call.label() + " answered id " + id + ", not 32 lower-case hex");
            return;
        }
        if (body.has("reportType") && !start.type().name().equals(body.path("reportType").asText())) {
            wrong.add(call.label() + " answered a task of report type " + body.path("reportType").asText());
        }
        String key = canonical(start.arguments());
        Report running = reports.values().stream()
                .filter(r -> visible(r.id, call.version()) != null && r.type == start.type()
                        && r.argumentsKey.equals(key) && knownRunning(r))
                .findFirst().orElse(null);
        if (running != null && !running.id.equals(id)) {
            wrong.add(call.label() + " answered a new task " + id + " while the same report " + running.id
                    + " runs: a repeated start of a running report answers its task");
        }
        Report existing = reports.get(id);
        JsonNode completion = body.get("completionStatus");
        if (existing != null && completion != null && !completion.isNull()) {
            wrong.add(call.label() + " answered task " + id + " of an earlier start, which had already ended ("
                    + completion.asText() + "): a repeated start returns a report only while it runs");
            return;
        }
        if (existing != null) {
            if (existing.type != start.type() || !existing.argumentsKey.equals(key)) {
                wrong.add(call.label() + " answered the task of another report (" + existing.type + " "
                        + existing.argumentsKey + ")");
            } else if (existing.ended()) {
                wrong.add(call.label() + " answered task " + id + ", a report that had already ended ("
                        + existing.state() + "), instead of a new one");
            }
            existing.runningEpoch = existing.ended() ? existing.runningEpoch : epoch;
            return;
        }
        Report report = new Report(id, start.type(), key, call.version());
        report.runningEpoch = epoch;
        reports.put(id, report);
    }

    private void poll(Call call, Exchange ex, List<String> wrong) {
        if (!expect(call, ex, Set.of(200), "a poll", wrong)) {
            return;
        }
        JsonNode body = ex.json().orElse(null);
        if (body == null || !body.isObject()) {
            wrong.add(call.label() + " answered no JSON object");
            return;
        }
        Report r = call.report();
        if (r == null) {
            if (body.has("id") || body.has("status")) {
                wrong.add(call.label() + " answered a result (" + body.path("id").asText() + ") for an id that names no"
                        + " report it can see");
            }
            return;
        }
        if (!body.has("id")) {
            if (r.ended() || r.seenWithId) {
                wrong.add(call.label() + " answered {} for " + r.id + ", a report it had shown (" + r.state()
                        + "): the report was lost");
            } else {
                observations.add("a running report's /result: {}");
            }
            return;
        }
        if (!r.id.equals(body.path("id").asText())) {
            wrong.add(call.label() + " answered the result of " + body.path("id").asText() + " for " + r.id);
            return;
        }
        if (!r.type.name().equals(body.path("reportType").asText())) {
            wrong.add(call.label() + " answered reportType " + body.path("reportType").asText() + " for a " + r.type);
        }
        r.seenWithId = true;
        JsonNode statusNode = body.get("status");
        if (statusNode == null || statusNode.isNull()) {
            if (r.ended()) {
                wrong.add(call.label() + " shows " + r.id + " running again after it ended (" + r.state() + ")");
            } else {
                r.runningEpoch = epoch;
                observations.add("a running report's /result: no status");
            }
            return;
        }
        String status = statusNode.asText();
        if (r.finalStatus != null && !r.finalStatus.equals(status)) {
            wrong.add(call.label() + " shows " + r.id + " " + status + " after it had ended " + r.finalStatus);
        } else if (r.cancelled && !status.equals("TERMINATED")) {
            wrong.add(call.label() + " shows " + r.id + " " + status + ", but it was cancelled (204) while it ran:"
                    + " a cancelled report never ends " + status);
        } else if (status.equals("TERMINATED") && controlsClock && !r.cancelled && !r.cancelMaybe) {
            wrong.add(call.label() + " shows " + r.id + " TERMINATED though nobody cancelled it");
        } else if (r.servedFile && !WITH_FILE.contains(status)) {
            wrong.add(call.label() + " shows " + r.id + " " + status + " after its file was served");
        }
        r.finalStatus = status;
        List<String> formats = new ArrayList<>();
        body.path("availableFormats").forEach(f -> formats.add(f.asText()));
        if (!formats.isEmpty()) {
            r.formats = formats;
        }
        if (WITH_FILE.contains(status) && body.path("rows").isIntegralNumber()) {
            long rows = body.path("rows").asLong();
            if (r.rows != null && r.rows != rows) {
                wrong.add(call.label() + " shows " + rows + " rows for " + r.id + ", " + r.rows + " before");
            }
            if (r.fileRows != null && r.fileRows != rows) {
                wrong.add(call.label() + " shows " + rows + " rows for " + r.id + ", but its file holds " + r.fileRows
                        + " data rows");
            }
            r.rows = rows;
        }
    }

    private void download(Call call, Exchange ex, List<String> wrong) {
        Action.Download download = (Action.Download) call.action();
        Report r = call.report();
        Set<Integer> allowed;
        String when;
        if (r == null) {
            allowed = Set.of(404);
            when = "an id that names no report";
        } else if (knownRunning(r)) {
            allowed = choices.getReportBeforeCompletion();
            when = "a report still running";
        } else if (r.finalStatus != null && !WITH_FILE.contains(r.finalStatus)) {
            allowed = Set.of(400, 404);
            when = "a report that ended " + r.finalStatus + " (no file)";
        } else if (r.ended()) {
            boolean available = r.formats == null || r.formats.contains(download.format().name());
            allowed = available ? (r.formats == null ? Set.of(200, 400, 404) : Set.of(200)) : Set.of(400, 404);
            when = "a report that ended with a file" + (available ? "" : ", in a format it lacks");
        } else {
            allowed = Set.of(200, 400, 404);
            when = "a report that may have ended";
        }
        if (!expect(call, ex, allowed, when, wrong) || ex.status() != 200) {
            if (r != null && knownRunning(r)) {
                observations.add("getReport of a running report: " + ex.status());
            }
            return;
        }
        r.servedFile = true;
        String digest = digest(ex.body());
        String before = r.digests.putIfAbsent(download.format(), digest);
        if (before != null && !before.equals(digest)) {
            wrong.add(call.label() + " gave another " + download.format() + " file of " + r.id + " than before");
        }
        String disposition = ex.header("content-disposition").orElse(null);
        if (disposition == null) {
            wrong.add(call.label() + " answered a file without Content-disposition");
        }
        ReportFile file = new ReportFile(ex.body(), ex.header("content-type").orElse(null), disposition);
        try {
            if (download.format() == FileFormat.PDF) {
                if (!file.isPdf()) {
                    wrong.add(call.label() + " answered a PDF without the PDF signature");
                } else {
                    file.pdfText();
                }
                return;
            }
            long rows = 0;
            for (List<List<String>> records : file.csvFiles().values()) {
                rows += Math.max(0, records.size() - 1);
            }
            if (r.rows != null && r.rows != rows) {
                wrong.add(call.label() + " gave a file of " + rows + " data rows, but /result of " + r.id + " shows "
                        + r.rows + " rows");
            }
            r.fileRows = rows;
        } catch (RuntimeException e) {
            wrong.add(call.label() + " gave a file that does not read: " + e.getMessage());
        }
    }

    private void cancel(Call call, Exchange ex, List<String> wrong) {
        Report r = call.report();
        Set<Integer> allowed;
        String when;
        if (r == null) {
            allowed = choices.cancelUnknownId();
            when = "an id that names no report";
        } else if (knownRunning(r)) {
            allowed = Set.of(204);
            when = "a report still running";
        } else if (r.ended()) {
            allowed = choices.cancelFinished();
            when = "a report that ended";
        } else {
            Set<Integer> either = new HashSet<>(choices.cancelFinished());
            either.add(204);
            allowed = either;
            when = "a report that may have ended";
        }
        if (!expect(call, ex, allowed, when, wrong)) {
            return;
        }
        if (r == null) {
            observations.add("cancel of an unknown id: " + ex.status());
        } else if (r.ended()) {
            observations.add("cancel of an ended report: " + ex.status());
        } else if (ex.status() == 204 && knownRunning(r)) {
            r.cancelled = true;
        } else if (ex.status() == 204) {
            r.cancelMaybe = true;
        }
    }

    /** True when the status is allowed; else records what was allowed. */
    private static boolean expect(Call call, Exchange ex, Set<Integer> allowed, String when, List<String> wrong) {
        if (allowed.contains(ex.status())) {
            return true;
        }
        wrong.add(call.label() + " answered " + ex.status() + " for " + when + "; the model allows "
                + new TreeSet<>(allowed));
        return false;
    }

    private boolean knownRunning(Report r) {
        return controlsClock && !r.ended() && r.runningEpoch == epoch && !r.cancelled;
    }

    private static boolean hasScope(Identity who, Operation operation) {
        Set<String> scopes = switch (who) {
            case MANAGE -> Set.of(Scopes.READ, Scopes.MANAGE);
            case READ_ONLY -> Set.of(Scopes.READ);
            case NO_ACCESS -> Set.of();
        };
        return scopes.stream().anyMatch(operation.scopes()::contains);
    }

    /** A 429 is honest when the client may have sent more than the limit in the window (any version, any answer). */
    private boolean rateLimitAllowed(Exchange ex) {
        if (!controlsClock) {
            return true;
        }
        Instant from = ex.at().minus(LIMIT.window());
        while (!sent.isEmpty() && !sent.peekFirst().at().isAfter(from.minus(LIMIT.window()))) {
            sent.pollFirst();
        }
        long inWindow = sent.stream().filter(s -> s.client().equals(ex.client()) && s.at().isAfter(from)).count();
        return inWindow + 1 > LIMIT.requests();
    }

    /**
     * A 429 is required when more than the limit came at one instant from the client through this version, counting
     * only the requests let through (and a 403 only when a refused request may not count).
     */
    private boolean rateLimitRequired(Exchange ex) {
        if (!controlsClock) {
            return false;
        }
        long same = sent.stream().filter(s -> s.client().equals(ex.client()) && s.version() == ex.version()
                && s.at().equals(ex.at()) && s.admitted() && !s.forbidden()).count();
        return same + 1 > LIMIT.requests();
    }

    static String canonical(String arguments) {
        if (arguments == null) {
            return "{}";
        }
        try {
            return CANONICAL.writeValueAsString(CANONICAL.readValue(arguments, Object.class));
        } catch (Exception e) {
            return arguments;
        }
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
