package io.rdesuite.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.client.ReportTracker;
import io.rdesuite.explore.ArgumentSchemas.Property;
import io.rdesuite.support.TargetApi.Identity;
import io.rdesuite.verdict.AnswerCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generated inputs from each selected version's project copy: for every body property and query parameter, values
 * of the wrong type, outside the enum, missing when required, empty, very long, unicode, with reserved URL
 * characters, and valid-but-unusual ones (every enum value, a repeated array item). The oracle: never a 5xx, only
 * documented statuses and valid bodies ({@link ReportModel#contract}), 400 for what the document forbids, 2xx for what
 * it allows; where it sets no bound (no maxLength, no pattern anywhere) 2xx and 400 are both honest: the answer is
 * observed and reported. Reports the cases start are cancelled at the end.
 */
final class InputExploration {

    static final String PROPERTY = "generated-inputs";
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String LONG = "x".repeat(10_000);
    static final String UNICODE = "Zoë Ünïcødé 東京 🚀";
    static final String RESERVED = "a/b?c#d&e=f%20+g";

    /** What the document says of an input: forbidden (400), allowed (2xx) or silent (2xx or 400). */
    enum Kind { FORBIDDEN, VALID, OPEN }

    record Case(ApiVersion version, Operation operation, String what, Kind kind, String pathParam,
                List<Map.Entry<String, String>> query, String body) {
    }

    record Result(int cases, int requests, List<String> failures, Set<String> observed) {
        boolean failed() {
            return !failures.isEmpty();
        }
    }

    private InputExploration() {
    }

    static Result run(ExploreTarget target, Budget budget, List<ApiVersion> versions) {
        AnswerCheck check = Exploration.answerCheck();
        Wire wire = new Wire(target, !target.controlsClock());
        target.tokens(Identity.MANAGE).orElseThrow().accessToken();
        target.reset();
        List<String> failures = new ArrayList<>();
        Set<String> observed = new TreeSet<>();
        Set<String> started = new LinkedHashSet<>();
        long deadline = System.nanoTime() + budget.time().toNanos();
        int cases = 0;
        for (ApiVersion version : versions) {
            String completed = completedReport(wire, version, started);
            for (Case c : cases(ArgumentSchemas.of(version), version, completed)) {
                boolean starts = c.operation() == Operation.START_REPORT && c.kind() != Kind.FORBIDDEN;
                if (System.nanoTime() > deadline || wire.sent() + started.size() + 2 > budget.requests()
                        || (starts && started.size() >= budget.reports())) {
                    break;
                }
                cases++;
                Exchange ex = send(wire, c);
                List<String> wrong = new ArrayList<>();
                ReportModel.contract(check, ex, wrong);
                String label = c.operation().id() + " [" + version.label() + "] " + c.what();
                if (ex.status() >= 500) {
                    wrong.add(label + " answered " + ex.status() + ": never a 5xx");
                } else if (c.kind() == Kind.FORBIDDEN && ex.status() != 400) {
                    wrong.add(label + " answered " + ex.status() + ", the document forbids it: 400");
                } else if (c.kind() == Kind.VALID && (ex.status() < 200 || ex.status() > 299)) {
                    wrong.add(label + " answered " + ex.status() + ", the document allows it: 2xx");
                } else if (c.kind() == Kind.OPEN && ex.status() != 400 && (ex.status() < 200 || ex.status() > 299)) {
                    wrong.add(label + " answered " + ex.status() + "; honest are 2xx or 400");
                } else if (c.kind() == Kind.OPEN) {
                    observed.add(label + ": " + ex.status());
                }
                if (c.operation() == Operation.START_REPORT && ex.status() == 200) {
                    ex.json().map(b -> b.path("id").asText(null)).ifPresent(id -> {
                        started.add(id);
                        ReportTracker.forTarget(target.baseUri()).started(id, null, SequenceRun.OWNER);
                    });
                }
                wrong.forEach(w -> failures.add(w + "\n    " + ex.curl(target.baseUri()) + "\n    " + ex.answerLine()));
            }
        }
        for (String id : started) {
            ReportTracker.forTarget(target.baseUri()).ended(id);
            wire.send(Identity.MANAGE, versions.get(0), Operation.CANCEL_REPORT, "POST",
                    Operation.CANCEL_REPORT.path(versions.get(0), id), List.of(), null, null);
        }
        return new Result(cases, wire.sent(), failures, observed);
    }

    /** Sends a case; on a 429 waits as Retry-After says (in process: the clock moves) and sends it once more. */
    private static Exchange send(Wire wire, Case c) {
        String path = c.operation().path(c.version(), c.pathParam() == null ? null : Exchange.encode(c.pathParam()));
        byte[] body = c.body() == null ? null : c.body().getBytes(StandardCharsets.UTF_8);
        String type = c.operation() == Operation.START_REPORT ? "application/json" : null;
        if (wire.target().controlsClock()) {
            wire.target().advance(Duration.ofMillis(110)); // within the documented limit: 100 per 10 s
        }
        Exchange ex = wire.send(Identity.MANAGE, c.version(), c.operation(), c.operation().method(), path, c.query(),
                type, body);
        if (ex.status() == 429) {
            long seconds = ex.header("retry-after").map(Long::parseLong).orElse(10L);
            wire.target().advance(Duration.ofSeconds(Math.max(1, seconds)));
            ex = wire.send(Identity.MANAGE, c.version(), c.operation(), c.operation().method(), path, c.query(), type, body);
        }
        return ex;
    }

    /** A report that ended with a file, for getReport's cases (started, then polled until it shows an end). */
    private static String completedReport(Wire wire, ApiVersion version, Set<String> started) {
        Exchange start = wire.send(Identity.MANAGE, version, Operation.START_REPORT, "POST",
                Operation.START_REPORT.path(version, null), List.of(), "application/json",
                ReportExamples.json(ReportType.IDENTITIES).getBytes(StandardCharsets.UTF_8));
        String id = start.json().map(b -> b.path("id").asText(null)).orElse(null);
        if (id == null) {
            return SequenceRun.UNKNOWN_ID;
        }
        started.add(id);
        for (int i = 0; i < 120; i++) {
            wire.target().advance(Duration.ofMillis(1_000));
            Exchange result = wire.send(Identity.MANAGE, version, Operation.GET_REPORT_RESULT, "GET",
                    Operation.GET_REPORT_RESULT.path(version, id), List.of(), null, null);
            if (result.json().map(b -> b.hasNonNull("status")).orElse(false)) {
                break;
            }
        }
        return id;
    }

    static List<Case> cases(ArgumentSchemas schemas, ApiVersion v, String completedId) {
        List<Case> cases = new ArrayList<>();
        Operation start = Operation.START_REPORT;
        cases.add(new Case(v, start, "an empty body", Kind.FORBIDDEN, null, List.of(), ""));
        cases.add(new Case(v, start, "a body that is not JSON", Kind.FORBIDDEN, null, List.of(), "reportType=IDENTITIES"));
        cases.add(new Case(v, start, "a JSON array", Kind.FORBIDDEN, null, List.of(), "[]"));
        cases.add(new Case(v, start, "reportType missing", Kind.FORBIDDEN, null, List.of(), "{}"));
        for (Object wrong : List.of(5, "NOT_A_REPORT", "", "identities", UNICODE)) {
            cases.add(new Case(v, start, "reportType " + shown(wrong), Kind.FORBIDDEN, null, List.of(),
                    JSON.createObjectNode().putPOJO("reportType", wrong).toString()));
        }
        for (ReportType type : ReportType.values()) {
            ObjectNode example = example(type);
            cases.add(new Case(v, start, type + " arguments a string", Kind.FORBIDDEN, null, List.of(),
                    with(example, a -> { }).put("arguments", "text").toString()));
            for (Property p : schemas.arguments(type)) {
                String at = type + " arguments." + p.name();
                if (p.required()) {
                    cases.add(startCase(v, at + " missing", Kind.FORBIDDEN, example, a -> a.remove(p.name())));
                }
                switch (p.type()) {
                    case "boolean" -> {
                        cases.add(startCase(v, at + " \"yes\"", Kind.FORBIDDEN, example, a -> a.put(p.name(), "yes")));
                        cases.add(startCase(v, at + " false", Kind.VALID, example, a -> a.put(p.name(), false)));
                    }
                    case "array" -> {
                        cases.add(startCase(v, at + " a string", Kind.FORBIDDEN, example, a -> a.put(p.name(), "x")));
                        cases.add(startCase(v, at + " an empty list", Kind.OPEN, example, a -> a.putArray(p.name())));
                        if (!p.allowed().isEmpty()) {
                            cases.add(startCase(v, at + " outside the enum", Kind.FORBIDDEN, example,
                                    a -> a.putArray(p.name()).add("NOT_IN_ENUM")));
                            for (String value : p.allowed()) {
                                cases.add(startCase(v, at + " [" + value + "]", Kind.VALID, example,
                                        a -> a.putArray(p.name()).add(value)));
                            }
                            String first = p.allowed().get(0);
                            cases.add(startCase(v, at + " with a duplicate [" + first + ", " + first + "]", Kind.VALID,
                                    example, a -> a.putArray(p.name()).add(first).add(first)));
                        }
                    }
                    default -> {
                        cases.add(startCase(v, at + " a number", Kind.FORBIDDEN, example, a -> a.put(p.name(), 42)));
                        cases.add(startCase(v, at + " empty", p.required() ? Kind.OPEN : Kind.OPEN, example,
                                a -> a.put(p.name(), "")));
                        cases.add(startCase(v, at + " of 10,000 characters", Kind.OPEN, example,
                                a -> a.put(p.name(), LONG)));
                        cases.add(startCase(v, at + " unicode", Kind.OPEN, example, a -> a.put(p.name(), UNICODE)));
                        cases.add(startCase(v, at + " with reserved URL characters", Kind.OPEN, example,
                                a -> a.put(p.name(), RESERVED)));
                    }
                }
            }
        }
        Operation result = Operation.GET_REPORT_RESULT;
        cases.add(new Case(v, result, "completed \"yes\"", Kind.FORBIDDEN, SequenceRun.UNKNOWN_ID,
                List.of(Map.entry("completed", "yes")), null));
        cases.add(new Case(v, result, "completed TRUE", Kind.OPEN, SequenceRun.UNKNOWN_ID,
                List.of(Map.entry("completed", "TRUE")), null));
        for (String id : List.of("a".repeat(600), UNICODE, RESERVED)) {
            cases.add(new Case(v, result, "taskResultId " + shown(id), Kind.OPEN, id, List.of(), null));
        }
        Operation file = Operation.GET_REPORT;
        cases.add(new Case(v, file, "fileFormat missing", Kind.FORBIDDEN, completedId, List.of(), null));
        for (String format : List.of("xls", "", UNICODE)) {
            cases.add(new Case(v, file, "fileFormat " + shown(format), Kind.FORBIDDEN, completedId,
                    List.of(Map.entry("fileFormat", format)), null));
        }
        schemas.queryParameter(file.id(v), "fileFormat").ifPresent(p -> p.allowed().forEach(value ->
                cases.add(new Case(v, file, "fileFormat " + value, Kind.VALID, completedId,
                        List.of(Map.entry("fileFormat", value)), null))));
        cases.add(new Case(v, file, "fileFormat CSV (upper case)", Kind.OPEN, completedId,
                List.of(Map.entry("fileFormat", "CSV")), null));
        for (String name : List.of("", LONG.substring(0, 600), UNICODE, RESERVED, "q1/2026", "..\\report")) {
            cases.add(new Case(v, file, "name " + shown(name), Kind.OPEN, completedId,
                    List.of(Map.entry("fileFormat", "csv"), Map.entry("name", name)), null));
        }
        cases.add(new Case(v, file, "auditable \"maybe\"", Kind.FORBIDDEN, completedId,
                List.of(Map.entry("fileFormat", "csv"), Map.entry("auditable", "maybe")), null));
        for (String id : List.of("not-hex", "a".repeat(600), UNICODE)) {
            cases.add(new Case(v, Operation.CANCEL_REPORT, "id " + shown(id), Kind.OPEN, id, List.of(), null));
        }
        return cases;
    }

    private static Case startCase(ApiVersion v, String what, Kind kind, ObjectNode example,
                                  java.util.function.Consumer<ObjectNode> change) {
        return new Case(v, Operation.START_REPORT, what, kind, null, List.of(), with(example, change).toString());
    }

    private static ObjectNode with(ObjectNode example, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode copy = example.deepCopy();
        JsonNode arguments = copy.get("arguments");
        ObjectNode args = arguments instanceof ObjectNode object ? object : copy.putObject("arguments");
        change.accept(args);
        // distinct reports: a case's start must not join a report another case started
        return copy;
    }

    private static ObjectNode example(ReportType type) {
        try {
            return (ObjectNode) JSON.readTree(ReportExamples.json(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shown(Object value) {
        String text = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        return text.length() > 24 ? text.substring(0, 21) + "...\" (" + text.length() + " chars)" : text;
    }

    static List<String> lines(Result result) {
        List<String> lines = new ArrayList<>();
        lines.add(PROPERTY + ": " + (result.failed() ? "FAILED" : "passed") + ", " + result.cases() + " cases, "
                + result.requests() + " requests");
        if (!result.observed().isEmpty()) {
            java.util.Map<String, List<String>> byStatus = new java.util.TreeMap<>();
            result.observed().forEach(o -> byStatus.computeIfAbsent(o.substring(o.lastIndexOf(": ") + 2),
                    k -> new ArrayList<>()).add(o.substring(0, o.lastIndexOf(": "))));
            byStatus.forEach((status, inputs) -> lines.add("  no bound documented, " + status + " for " + inputs.size()
                    + " input(s), e.g. " + String.join("; ", inputs.subList(0, Math.min(3, inputs.size())))));
        }
        result.failures().stream().limit(5).forEach(f -> lines.add("  failure: " + f));
        return lines;
    }

}
