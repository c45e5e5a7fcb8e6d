package io.rdesuite.selfcheck;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The kill matrix: for each deliberate defect and each benign variant the simulator was run with, the acceptance
 * run's tests that failed. A defect must fail at least one (caught), a variant none (no false alarm). Written as
 * {@value #JSON} and {@value #MARKDOWN} under target/.
 */
final class KillMatrix {

    static final String JSON = "kill-matrix.json";
    static final String MARKDOWN = "kill-matrix.md";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int FAILURES_SHOWN = 5;

    /** A defect must be caught; a variant must pass; a green run (the target with neither) must pass too. */
    enum Kind { DEFECT, VARIANT, GREEN }

    /**
     * How much longer than the green run of its target a red row may take and still count as about as fast: the
     * runs' own spread on a shared machine (the same run twice differs by a few per cent).
     */
    static final double SLOWER_THAN_GREEN_TOLERATED = 0.10;

    /**
     * One run: what the simulator was made to do, where the suite reached it, what failed, how long the row took
     * (from its start, the simulator's start included, to its end) and how long the green run of the same target
     * (same versions, no defect, no variant) took, when one was made.
     */
    record Row(String subject, Kind kind, String description, String target, SuiteRun.Result result, long millis,
               Long greenMillis, String exploration) {

        /** A row without a green time to compare with; its time is the nested run's. */
        Row(String subject, Kind kind, String description, String target, SuiteRun.Result result) {
            this(subject, kind, description, target, result, result.millis(), null);
        }

        /** A row the exploration did not run for. */
        Row(String subject, Kind kind, String description, String target, SuiteRun.Result result, long millis,
            Long greenMillis) {
            this(subject, kind, description, target, result, millis, greenMillis, null);
        }

        /** The exploration's first broken promise against the same defect ("": it found none; null: not run). */
        boolean caughtByExploration() {
            return exploration != null && !exploration.isEmpty();
        }

        /** A defect is caught when the scenarios or the exploration catch it; anything else must pass. */
        boolean asExpected() {
            return kind == Kind.DEFECT ? !result.failures().isEmpty() || caughtByExploration()
                    : result.failures().isEmpty();
        }

        /** Who caught a defect: "scenarios", "exploration" or both; empty when neither did. */
        String caughtBy() {
            List<String> by = new ArrayList<>();
            if (!result.failures().isEmpty()) {
                by.add("scenarios");
            }
            if (caughtByExploration()) {
                by.add("exploration");
            }
            return String.join(" and ", by);
        }

        String verdict() {
            return switch (kind) {
                case DEFECT -> asExpected() ? "caught by " + caughtBy() : "MISSED";
                case VARIANT -> asExpected() ? "passed" : "FALSE ALARM";
                case GREEN -> asExpected() ? "green" : "NOT GREEN";
            };
        }

        /** Red: some test failed. Its time to red is the row's time. */
        boolean red() {
            return !result.failures().isEmpty();
        }

        /** The failures that ran into a timeout ({@link SuiteRun#isTimeout}). */
        List<SuiteRun.Failure> timeouts() {
            return result.failures().stream().filter(SuiteRun.Failure::timeout).toList();
        }

        /** Red and slower than the green run of its target beyond {@link #SLOWER_THAN_GREEN_TOLERATED}. */
        boolean slowerThanGreen() {
            return red() && greenMillis != null && millis > greenMillis * (1 + SLOWER_THAN_GREEN_TOLERATED);
        }

        /** Red as fast as green: not slower than green, or slower only because a wait ran out (and it says so). */
        boolean fastEnough() {
            return !slowerThanGreen() || !timeouts().isEmpty();
        }

        /** The time-to-red verdict: empty for a green row or one without a green time to compare with. */
        String speed() {
            if (!red() || greenMillis == null) {
                return "";
            }
            if (!slowerThanGreen()) {
                return "red <= green";
            }
            return timeouts().isEmpty() ? "SLOWER THAN GREEN"
                    : "above green: a wait ran out (" + timeouts().size() + " failure(s) with a timeout exception)";
        }
    }

    private final String scope;
    private final List<Row> rows = new ArrayList<>();

    /** {@code scope} says which runs the matrix holds, e.g. "ci" or "full". */
    KillMatrix(String scope) {
        this.scope = scope;
    }

    synchronized void add(Row row) {
        rows.add(row);
    }

    synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Rows not as expected: missed defects, false alarms, green runs that failed, red slower than green. */
    synchronized List<Row> unexpected() {
        return rows.stream().filter(r -> !r.asExpected() || !r.fastEnough()).toList();
    }

    /** Writes both files into {@code dir}. */
    synchronized void write(Path dir) {
        try {
            Files.createDirectories(dir);
            MAPPER.writeValue(dir.resolve(JSON).toFile(), json());
            Files.writeString(dir.resolve(MARKDOWN), markdown());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the kill matrix to " + dir, e);
        }
    }

    ObjectNode json() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scope", scope);
        ObjectNode summary = root.putObject("summary");
        summary.put("defects", count(Kind.DEFECT, false));
        summary.put("defectsCaught", count(Kind.DEFECT, true));
        summary.put("variants", count(Kind.VARIANT, false));
        summary.put("falseAlarms", count(Kind.VARIANT, false) - count(Kind.VARIANT, true));
        summary.put("redSlowerThanGreen", rows.stream().filter(r -> !r.fastEnough()).count());
        summary.put("redAboveGreenAfterATimeout", rows.stream().filter(r -> r.slowerThanGreen() && r.fastEnough())
                .count());
        summary.put("slowerThanGreenTolerated", SLOWER_THAN_GREEN_TOLERATED);
        ArrayNode list = root.putArray("rows");
        for (Row row : rows) {
            ObjectNode r = list.addObject();
            r.put("subject", row.subject());
            r.put("kind", row.kind().name().toLowerCase(Locale.ROOT));
            r.put("description", row.description());
            r.put("target", row.target());
            r.put("verdict", row.verdict());
            if (row.exploration() != null) {
                r.put("exploration", row.exploration().isEmpty() ? "not caught" : row.exploration());
            }
            r.put("tests", row.result().tests());
            r.put("skipped", row.result().skipped());
            r.put("failed", row.result().failures().size());
            r.put("driftAnswers", row.result().driftAnswers());
            r.put("seconds", row.millis() / 1000.0);
            if (row.red()) {
                r.put("secondsToRed", row.millis() / 1000.0);
            }
            if (row.greenMillis() != null) {
                r.put("greenSeconds", row.greenMillis() / 1000.0);
            }
            if (!row.speed().isEmpty()) {
                r.put("speed", row.speed());
                r.put("failuresWithTimeout", row.timeouts().size());
            }
            ObjectNode classes = r.putObject("secondsByClass");
            row.result().classMillis().forEach((name, millis) -> classes.put(name, millis / 1000.0));
            ArrayNode failures = r.putArray("failures");
            row.result().failures().forEach(f -> failures.addObject().put("test", f.test()).put("message", f.message())
                    .put("timeout", f.timeout()));
        }
        return root;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Kill matrix (" + scope + ")\n\n");
        md.append(summaryLine()).append("\n\n");
        md.append("| subject | kind | target | tests | failed | answers with drift | verdict | seconds (to red) | green"
                + " seconds | red vs green | failed tests | exploration |\n");
        md.append("|---|---|---|---:|---:|---:|---|---:|---:|---|---|---|\n");
        for (Row row : rows) {
            List<SuiteRun.Failure> failures = row.result().failures();
            List<String> shown = failures.stream().limit(FAILURES_SHOWN).map(f -> cell(f.test())).toList();
            String more = failures.size() > FAILURES_SHOWN ? "<br>... " + (failures.size() - FAILURES_SHOWN) + " more" : "";
            md.append("| ").append(row.subject()).append(" | ").append(row.kind().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(row.target()).append(" | ").append(row.result().tests())
                    .append(" | ").append(failures.size()).append(" | ").append(row.result().driftAnswers())
                    .append(" | ").append(row.verdict())
                    .append(" | ").append(seconds(row.millis()))
                    .append(" | ").append(row.greenMillis() == null ? "" : seconds(row.greenMillis()))
                    .append(" | ").append(row.speed())
                    .append(" | ").append(String.join("<br>", shown)).append(more)
                    .append(" | ").append(row.exploration() == null ? "" : row.exploration().isEmpty() ? "not caught"
                            : cell(row.exploration())).append(" |\n");
        }
        List<Row> unexpected = unexpected();
        if (!unexpected.isEmpty()) {
            md.append("\n## Not as expected\n\n");
            for (Row row : unexpected) {
                md.append("- ").append(row.subject()).append(" (").append(row.verdict())
                        .append(row.fastEnough() ? "" : ", " + row.speed() + ": " + seconds(row.millis()) + " s against "
                                + seconds(row.greenMillis()) + " s green")
                        .append(", ").append(row.target()).append(")\n");
                row.result().failures().forEach(f -> md.append("  - ").append(cell(f.test())).append(": ")
                        .append(cell(f.message())).append(f.timeout() ? " (timeout)" : "").append('\n'));
            }
        }
        return md.toString();
    }

    String summaryLine() {
        String line = count(Kind.DEFECT, true) + " of " + count(Kind.DEFECT, false) + " defect runs caught; "
                + (count(Kind.VARIANT, false) - count(Kind.VARIANT, true)) + " false alarms in "
                + count(Kind.VARIANT, false) + " variant runs";
        long compared = rows.stream().filter(r -> r.red() && r.greenMillis() != null).count();
        if (compared == 0) {
            return line;
        }
        long slower = rows.stream().filter(r -> !r.fastEnough()).count();
        long waited = rows.stream().filter(r -> r.slowerThanGreen() && r.fastEnough()).count();
        return line + "; time to red: " + (compared - slower - waited) + " of " + compared + " red rows within the"
                + " green time, " + waited + " above it where a wait ran out, " + slower + " slower than green";
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    private long count(Kind kind, boolean onlyAsExpected) {
        return rows.stream().filter(r -> r.kind() == kind && (!onlyAsExpected || r.asExpected())).count();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
