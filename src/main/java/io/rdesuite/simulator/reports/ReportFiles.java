package io.rdesuite.simulator.reports;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.ReportType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes the report files: a CSV with the report type's header and exactly {@code rows} data rows, a PDF
 * ({@link ReportPdf}) of the same rows, and for SEARCH_EXPORT a zip of CSV files (one per index, rows shared out among them).
 * Rows are drawn from a random source seeded per report, so the same report gives the same rows. Files are kept
 * with their task ({@link Task}), so the reports' retention bounds them too.
 */
public final class ReportFiles {

    /** A file as served. */
    public record ReportFile(byte[] content, String kind, String extension) {
    }

    private static final Map<ReportType, List<String>> HEADERS = Map.of(
            ReportType.ACCOUNTS, List.of("Account ID", "Account Name", "Display Name", "Source ID", "Source Name",
                    "Identity ID", "Disabled", "Locked", "Created"),
            ReportType.IDENTITIES_DETAILS, List.of("Identity ID", "Name", "Display Name", "Email", "Lifecycle State",
                    "Manager", "Accounts", "Access Items", "Correlated"),
            ReportType.IDENTITIES, List.of("Identity ID", "Name", "Display Name", "Email", "Lifecycle State",
                    "Correlated"),
            ReportType.IDENTITY_PROFILE_IDENTITY_ERROR, List.of("Identity ID", "Name", "Identity Profile",
                    "Authoritative Source", "Error", "Occurred"),
            ReportType.ORPHAN_IDENTITIES, List.of("Identity ID", "Name", "Display Name", "Email", "Created"),
            ReportType.UNCORRELATED_ACCOUNTS, List.of("Account ID", "Account Name", "Source Name", "Created"));

    private static final List<String> DEFAULT_SEARCH_COLUMNS = List.of("id", "name", "displayName", "email");
    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken",
        "Margaret", "Dennis", "Radia", "Tim", "Katherine", "Linus", "Shafi", "John"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen",
        "Thompson", "Hamilton", "Ritchie", "Perlman", "Berners-Lee", "Johnson", "Torvalds", "Goldwasser", "Backus"};
    private static final String[] STATES = {"active", "inactive", "prehire", "terminated"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(java.time.ZoneOffset.UTC);

    /** The report's file in that format; made once and kept with the task, so it goes when the task goes. */
    public ReportFile file(Task task, FileFormat format, long seed) {
        return task.file(format, f -> make(task, f, seed));
    }

    /** Header and rows of a (non search) report, as the CSV holds them. */
    public static List<String> header(Task task) {
        if (task.reportType() == ReportType.SEARCH_EXPORT) {
            return searchColumns(task.arguments());
        }
        return HEADERS.get(task.reportType());
    }

    public static List<List<String>> rows(Task task, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> header = header(task);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < task.rows(); i++) {
            List<String> row = new ArrayList<>(header.size());
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String id = Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
            for (String column : header) {
                row.add(value(column, i, id, first, last, random, task));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String value(String column, int index, String id, String first, String last,
                                SplittableRandom random, Task task) {
        String c = column.toLowerCase(Locale.ROOT);
        String login = (first + "." + last).toLowerCase(Locale.ROOT);
        if (c.endsWith("id") && !c.contains("source")) {
            return id;
        }
        if (c.contains("source id")) {
            return text(task.arguments(), "application", "2c9180897e7742b2017e781782f705b9");
        }
        if (c.contains("source name") || c.contains("authoritative")) {
            return text(task.arguments(), "sourceName", text(task.arguments(), "authoritativeSource", "Active Directory"));
        }
        if (c.contains("display")) {
            return first + " " + last;
        }
        if (c.contains("email")) {
            return login + index + "@example.com";
        }
        if (c.contains("name")) {
            return login + index;
        }
        if (c.contains("lifecycle")) {
            return STATES[random.nextInt(STATES.length)];
        }
        if (c.contains("created") || c.contains("occurred")) {
            return DAY.format(Instant.ofEpochSecond(1_600_000_000L + random.nextInt(100_000_000)));
        }
        if (c.contains("manager")) {
            return LAST[random.nextInt(LAST.length)].toLowerCase(Locale.ROOT);
        }
        if (c.contains("accounts") || c.contains("access")) {
            return Integer.toString(random.nextInt(12));
        }
        if (c.contains("profile")) {
            return "Employees";
        }
        if (c.contains("error")) {
            return "Attribute 'email' could not be promoted";
        }
        if (c.contains("correlated") || c.contains("disabled") || c.contains("locked")) {
            return Boolean.toString(random.nextBoolean());
        }
        return column + "-" + index;
    }

    private ReportFile make(Task task, FileFormat format, long seed) {
        List<String> header = header(task);
        List<List<String>> rows = rows(task, seed);
        if (format == FileFormat.PDF) {
            return new ReportFile(ReportPdf.write(ReportTexts.taskDefName(task.reportType()), header, rows), "pdf", "pdf");
        }
        if (task.reportType() == ReportType.SEARCH_EXPORT) {
            return new ReportFile(zip(task, header, rows), "zip", "zip");
        }
        return new ReportFile(csv(header, rows).getBytes(StandardCharsets.UTF_8), "csv", "csv");
    }

    static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        appendCsvLine(out, header);
        rows.forEach(r -> appendCsvLine(out, r));
        return out.toString();
    }

    private static void appendCsvLine(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = values.get(i);
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                out.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                out.append(v);
            }
        }
        out.append("\r\n");
    }

    private static byte[] zip(Task task, List<String> header, List<List<String>> rows) {
        List<String> indices = new ArrayList<>();
        JsonNode given = task.arguments() == null ? null : task.arguments().get("indices");
        if (given != null && given.isArray()) {
            given.forEach(n -> indices.add(n.asText().equals("*") ? "all" : n.asText()));
        }
        if (indices.isEmpty()) {
            indices.add("identities");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            int per = rows.size() / indices.size();
            int from = 0;
            for (int i = 0; i < indices.size(); i++) {
                int to = i == indices.size() - 1 ? rows.size() : from + per;
                zip.putNextEntry(new ZipEntry(indices.get(i) + ".csv"));
                zip.write(csv(header, rows.subList(from, to)).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                from = to;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<String> searchColumns(JsonNode arguments) {
        String columns = text(arguments, "columns", null);
        if (columns == null || columns.isBlank()) {
            return DEFAULT_SEARCH_COLUMNS;
        }
        return Arrays.stream(columns.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? fallback : v.asText();
    }
}
