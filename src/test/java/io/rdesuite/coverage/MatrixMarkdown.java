package io.rdesuite.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.verdict.AnswerCheck;
import io.rdesuite.coverage.MatrixJson.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * target/coverage-matrix.md: the matrix as a short Markdown summary for a CI job summary or a pull-request
 * comment, rendered from the JSON (so the two cannot disagree): a grid of (version, operation) x status with
 * each cell's result, scenario count and pact/load/drift marks, the reasons of every cell that has one, the
 * drift (undocumented additions, reported, not failed), the target, and the rate-limit profile's figures when the
 * load simulations ran.
 */
public final class MatrixMarkdown {

    static final String NOT_DOCUMENTED = "–";
    private static final Map<String, String> ICONS = Map.of("PASSED", "✅", "FAILED", "❌", "SKIPPED", "⏭️",
            "MISSING", "❓");

    private MatrixMarkdown() {
    }

    public static String render(JsonNode matrix, String target, Optional<JsonNode> profile) {
        List<Row> rows = MatrixJson.rows(matrix);
        StringBuilder md = new StringBuilder();
        md.append("## Coverage matrix: ").append(MatrixJson.passed(rows)).append(" of ").append(rows.size())
                .append(" cells PASSED\n\n");
        md.append("Target: ").append(escape(target)).append("\n\n");
        grid(md, rows);
        md.append("\nA cell: its result, how many tests covered it (scenarios, provider verification, load), and ")
                .append("whether the pinned pact (pact) and the load simulations (load) exercised it, and whether its ")
                .append("answers carried undocumented additions (drift); ")
                .append(NOT_DOCUMENTED).append(": not a documented status of that operation.\n");
        List<Row> explained = rows.stream().filter(r -> !r.reason().isEmpty()).toList();
        if (!explained.isEmpty()) {
            md.append("\n### Reasons\n\n");
            explained.forEach(r -> md.append("- ").append(r.version()).append(' ').append(r.operation()).append(' ')
                    .append(r.code()).append(' ').append(r.status()).append(": ").append(escape(r.reason())).append('\n'));
        }
        drift(md, rows);
        observations(md, matrix);
        profile.ifPresent(p -> rateLimitProfile(md, p));
        return md.toString();
    }

    /** The drift section, when some answer carried an undocumented addition. */
    private static void drift(StringBuilder md, List<Row> rows) {
        List<String> lines = new ArrayList<>();
        rows.forEach(r -> r.drift().forEach(d -> lines.add("- " + r.version() + ' ' + r.operation() + ' ' + r.code()
                + ": " + escape(d) + '\n')));
        if (!lines.isEmpty()) {
            md.append("\n### Drift: undocumented additions\n\n")
                    .append("Reported, not failed: the target answers with fields or headers the OpenAPI copy does not ")
                    .append("declare. `-D").append(AnswerCheck.STRICT_SHAPES)
                    .append("=true` makes undocumented body fields fail.\n\n");
            lines.forEach(md::append);
        }
    }

    /** What the target showed where the documents are silent, one line per open choice. */
    private static void observations(StringBuilder md, JsonNode matrix) {
        List<MatrixJson.Seen> seen = MatrixJson.observed(matrix);
        if (seen.isEmpty()) {
            return;
        }
        md.append("\n### What this target does where the documents are silent\n\n")
                .append("The open choices of [assumptions.md](docs/assumptions.md): each honest value passes; a tenant ")
                .append("profile (`-Dreports.profile=FILE`) pins them.\n\n| row | seen | expected |\n|---|---|---|\n");
        seen.forEach(s -> md.append("| ").append(s.row()).append(" | ").append(escape(s.values())).append(" | ")
                .append(s.expected() == null ? "any honest value" : escape(s.expected())).append(" |\n"));
    }

    private static void grid(StringBuilder md, List<Row> rows) {
        TreeSet<String> codes = new TreeSet<>();
        Map<String, Map<String, Row>> byLine = new LinkedHashMap<>();
        for (Row r : rows) {
            codes.add(r.code());
            byLine.computeIfAbsent(r.version() + " | " + r.operation(), k -> new LinkedHashMap<>()).put(r.code(), r);
        }
        md.append("| version | operation | ").append(String.join(" | ", codes)).append(" |\n");
        md.append("|---|---|").append("---|".repeat(codes.size())).append('\n');
        byLine.forEach((line, cells) -> {
            md.append("| ").append(line).append(" |");
            for (String code : codes) {
                Row r = cells.get(code);
                md.append(' ').append(r == null ? NOT_DOCUMENTED : cell(r)).append(" |");
            }
            md.append('\n');
        });
    }

    /** "✅ PASSED 15 · pact · load · drift". */
    static String cell(Row r) {
        StringBuilder text = new StringBuilder(ICONS.getOrDefault(r.status(), "")).append(' ').append(r.status())
                .append(' ').append(r.cell().path("scenarios").asInt());
        if (r.cell().path("pact").asBoolean()) {
            text.append(" · pact");
        }
        if (r.cell().path("load").asBoolean()) {
            text.append(" · load");
        }
        if (!r.drift().isEmpty()) {
            text.append(" · drift");
        }
        return text.toString();
    }

    private static void rateLimitProfile(StringBuilder md, JsonNode profile) {
        md.append("\n### Rate-limit profile (load)\n\n")
                .append("| client | configured | estimated limit | window (s) | requests | refused (429) ")
                .append("| Retry-After honoured | verdict |\n|---|---|---|---|---|---|---|---|\n");
        for (JsonNode probe : profile.path("probes")) {
            List<String> cells = new ArrayList<>();
            cells.add(text(probe, "clientId"));
            cells.add(text(probe, "configuredLimit"));
            cells.add(text(probe, "estimatedLimit"));
            cells.add(probe.path("windowSeconds").isNumber()
                    ? String.format(Locale.ROOT, "%.3f", probe.path("windowSeconds").asDouble()) : "–");
            cells.add(text(probe, "requests"));
            cells.add(text(probe, "refused"));
            cells.add(honoured(probe.path("retryAfterTruth")));
            cells.add(text(probe, "verdict"));
            md.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
    }

    private static String honoured(JsonNode truths) {
        int judged = 0;
        int honoured = 0;
        for (JsonNode t : truths) {
            if (t.path("honoured").isBoolean()) {
                judged++;
                honoured += t.path("honoured").asBoolean() ? 1 : 0;
            }
        }
        return judged == 0 ? "–" : honoured + " of " + judged;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.asText().isEmpty() ? "–" : escape(value.asText());
    }

    /** Table-safe: no pipe, no line break. */
    static String escape(String text) {
        return text.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }
}
