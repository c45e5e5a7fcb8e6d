package io.rdesuite.simulator.reports;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.CsvFileKey;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.ReportType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes the report files: a CSV with the report type's header and exactly {@code rows} data rows, a PDF
 * ({@link ReportPdf}) of the same rows, and for SEARCH_EXPORT a zip of CSV files (one per index, rows shared out among them).
 * Rows are drawn from a random source seeded per report, so the same report gives the same rows. Files are kept
 * with their task ({@link Task}), so the reports' retention bounds them too.
 *
 * <p>The {@code csvHeaders} setting ({@link #csvHeaders(Map)}) replaces the simulator's own columns: key
 * ({@link CsvFileKey}) to columns, in order. {@code TYPE} sets the type's CSV and PDF (for SEARCH_EXPORT every file of
 * the zip that no {@code SEARCH_EXPORT/NAME.csv} key sets); a column the simulator knows keeps its usual values, any
 * other gets {@link ReportValues#generated generated} ones. A file made before a change keeps its columns.
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
    /** Every column of the simulator's own files. */
    private static final Set<String> OWN_COLUMNS = Stream.concat(HEADERS.values().stream().flatMap(List::stream),
            DEFAULT_SEARCH_COLUMNS.stream()).collect(Collectors.toUnmodifiableSet());

    private volatile Map<String, List<String>> csvHeaders;

    /** Files with the simulator's own columns. */
    public ReportFiles() {
        this(Map.of());
    }

    /** Files with the columns of {@code csvHeaders} where it names the file (see the class comment). */
    public ReportFiles(Map<String, List<String>> csvHeaders) {
        csvHeaders(csvHeaders);
    }

    /** Replaces the {@code csvHeaders} setting (empty: the simulator's own columns everywhere). */
    public void csvHeaders(Map<String, List<String>> headers) {
        headers.forEach((key, columns) -> {
            CsvFileKey.check(key);
            CsvFileKey.columns(columns);
        });
        this.csvHeaders = Collections.unmodifiableMap(new TreeMap<>(headers));
    }

    /** The {@code csvHeaders} setting, sorted by key. */
    public Map<String, List<String>> csvHeaders() {
        return csvHeaders;
    }

    /** The report's file in that format; made once and kept with the task, so it goes when the task goes. */
    public ReportFile file(Task task, FileFormat format, long seed) {
        Map<String, List<String>> set = csvHeaders;
        return task.file(format, f -> make(task, f, seed, set));
    }

    /** The simulator's own header of a report: the type's, or for SEARCH_EXPORT the request's columns. */
    public static List<String> header(Task task) {
        if (task.reportType() == ReportType.SEARCH_EXPORT) {
            return searchColumns(task.arguments());
        }
        return HEADERS.get(task.reportType());
    }

    /** The header of the report's CSV ({@code entry} null) or of that file of its zip, under {@code set}. */
    private static List<String> header(Task task, String entry, Map<String, List<String>> set) {
        ReportType type = task.reportType();
        List<String> columns = entry == null ? null : set.get(CsvFileKey.of(type, entry));
        return columns != null ? columns : set.getOrDefault(CsvFileKey.of(type, null), header(task));
    }

    /** The report's {@code rows} rows under {@code header}, the same for the same seed. */
    public static List<List<String>> rows(Task task, List<String> header, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> known = new HashSet<>(header(task));
        known.addAll(OWN_COLUMNS);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < task.rows(); i++) {
            ReportValues.Person person = ReportValues.Person.draw(i, random);
            List<String> row = new ArrayList<>(header.size());
            for (String column : header) {
                row.add(known.contains(column) ? ReportValues.usual(column, person, random, task.arguments())
                        : ReportValues.generated(column, person, random));
            }
            rows.add(row);
        }
        return rows;
    }

    private ReportFile make(Task task, FileFormat format, long seed, Map<String, List<String>> set) {
        if (task.reportType() == ReportType.SEARCH_EXPORT && format == FileFormat.CSV) {
            return new ReportFile(zip(task, seed, set), "zip", "zip");
        }
        List<String> header = header(task, null, set);
        List<List<String>> rows = rows(task, header, seed);
        if (format == FileFormat.PDF) {
            return new ReportFile(ReportPdf.write(ReportTexts.taskDefName(task.reportType()), header, rows), "pdf", "pdf");
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

    /**
     * One CSV per distinct index (an index named twice is one file: a zip cannot hold two entries of one name); each
     * file's rows are its share of the rows made under its header.
     */
    private static byte[] zip(Task task, long seed, Map<String, List<String>> set) {
        List<String> indices = new ArrayList<>();
        JsonNode given = task.arguments() == null ? null : task.arguments().get("indices");
        if (given != null && given.isArray()) {
            given.forEach(n -> {
                String index = n.asText().equals("*") ? "all" : n.asText();
                if (!indices.contains(index)) {
                    indices.add(index);
                }
            });
        }
        if (indices.isEmpty()) {
            indices.add("identities");
        }
        Map<List<String>, List<List<String>>> rowsByHeader = new HashMap<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            int per = (int) (task.rows() / indices.size());
            int from = 0;
            for (int i = 0; i < indices.size(); i++) {
                String entry = indices.get(i) + ".csv";
                List<String> header = header(task, entry, set);
                List<List<String>> rows = rowsByHeader.computeIfAbsent(header, h -> rows(task, h, seed));
                int to = i == indices.size() - 1 ? rows.size() : from + per;
                zip.putNextEntry(new ZipEntry(entry));
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
        String columns = ReportValues.text(arguments, "columns", null);
        if (columns == null || columns.isBlank()) {
            return DEFAULT_SEARCH_COLUMNS;
        }
        return Arrays.stream(columns.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

}
