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

    /** A defect must be caught; a variant must pass. */
    enum Kind { DEFECT, VARIANT }

    /** One run: what the simulator was made to do, where the suite reached it, what failed. */
    record Row(String subject, Kind kind, String description, String target, SuiteRun.Result result) {

        boolean asExpected() {
            return kind == Kind.DEFECT ? !result.failures().isEmpty() : result.failures().isEmpty();
        }

        String verdict() {
            if (kind == Kind.DEFECT) {
                return asExpected() ? "caught" : "MISSED";
            }
            return asExpected() ? "passed" : "FALSE ALARM";
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

    /** Rows not as expected: missed defects and false alarms. */
    synchronized List<Row> unexpected() {
        return rows.stream().filter(r -> !r.asExpected()).toList();
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
        ArrayNode list = root.putArray("rows");
        for (Row row : rows) {
            ObjectNode r = list.addObject();
            r.put("subject", row.subject());
            r.put("kind", row.kind().name().toLowerCase(Locale.ROOT));
            r.put("description", row.description());
            r.put("target", row.target());
            r.put("verdict", row.verdict());
            r.put("tests", row.result().tests());
            r.put("skipped", row.result().skipped());
            r.put("failed", row.result().failures().size());
            r.put("driftAnswers", row.result().driftAnswers());
            r.put("seconds", row.result().millis() / 1000.0);
            ObjectNode classes = r.putObject("secondsByClass");
            row.result().classMillis().forEach((name, millis) -> classes.put(name, millis / 1000.0));
            ArrayNode failures = r.putArray("failures");
            row.result().failures().forEach(f -> failures.addObject().put("test", f.test()).put("message", f.message()));
        }
        return root;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Kill matrix (" + scope + ")\n\n");
        md.append(summaryLine()).append("\n\n");
        md.append("| subject | kind | target | tests | failed | answers with drift | verdict | failed tests |\n");
        md.append("|---|---|---|---:|---:|---:|---|---|\n");
        for (Row row : rows) {
            List<SuiteRun.Failure> failures = row.result().failures();
            List<String> shown = failures.stream().limit(FAILURES_SHOWN).map(f -> cell(f.test())).toList();
            String more = failures.size() > FAILURES_SHOWN ? "<br>... " + (failures.size() - FAILURES_SHOWN) + " more" : "";
            md.append("| ").append(row.subject()).append(" | ").append(row.kind().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(row.target()).append(" | ").append(row.result().tests())
                    .append(" | ").append(failures.size()).append(" | ").append(row.result().driftAnswers())
                    .append(" | ").append(row.verdict())
                    .append(" | ").append(String.join("<br>", shown)).append(more).append(" |\n");
        }
        List<Row> unexpected = unexpected();
        if (!unexpected.isEmpty()) {
            md.append("\n## Not as expected\n\n");
            for (Row row : unexpected) {
                md.append("- ").append(row.subject()).append(" (").append(row.verdict()).append(", ")
                        .append(row.target()).append(")\n");
                row.result().failures().forEach(f -> md.append("  - ").append(cell(f.test())).append(": ")
                        .append(cell(f.message())).append('\n'));
            }
        }
        return md.toString();
    }

    String summaryLine() {
        return count(Kind.DEFECT, true) + " of " + count(Kind.DEFECT, false) + " defect runs caught; "
                + (count(Kind.VARIANT, false) - count(Kind.VARIANT, true)) + " false alarms in "
                + count(Kind.VARIANT, false) + " variant runs";
    }

    private long count(Kind kind, boolean onlyAsExpected) {
        return rows.stream().filter(r -> r.kind() == kind && (!onlyAsExpected || r.asExpected())).count();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
