package io.rdesuite.api;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The name of one CSV file of a report, the key of the CSV header pins, of a recording's {@code csvHeaders} and of
 * the simulator's {@code csvHeaders} setting: a report type ({@code ACCOUNTS}) for its CSV, or for a file of a
 * SEARCH_EXPORT zip the type and the entry's name ({@code SEARCH_EXPORT/identities.csv}).
 */
public final class CsvFileKey {

    private CsvFileKey() {
    }

    /** The key of a report type's CSV ({@code entry} null) or of one CSV file of its zip. */
    public static String of(ReportType type, String entry) {
        return entry == null ? type.name() : type.name() + "/" + entry;
    }

    /** The key's report type, once the key is checked. */
    public static ReportType type(String key) {
        check(key);
        return ReportType.valueOf(key.split("/", 2)[0]);
    }

    /**
     * Checks a key.
     *
     * @throws IllegalArgumentException naming the key and what a key is
     */
    public static void check(String key) {
        String[] parts = key.split("/", 2);
        boolean type = Arrays.stream(ReportType.values()).anyMatch(t -> t.name().equals(parts[0]));
        boolean entry = parts.length == 1 || parts[0].equals(ReportType.SEARCH_EXPORT.name())
                && parts[1].endsWith(".csv") && !parts[1].contains("/");
        if (!type || !entry) {
            throw new IllegalArgumentException("'" + key + "' is not a report type (" + Arrays.toString(
                    ReportType.values()) + ") or SEARCH_EXPORT/<file>.csv");
        }
    }

    /**
     * Checks a header: at least one column, each a non-blank name, each once.
     *
     * @throws IllegalArgumentException naming the first column that is not
     */
    public static List<String> columns(List<String> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("expected a non-empty array of column names");
        }
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (column == null || column.isBlank() || !seen.add(column)) {
                throw new IllegalArgumentException("\"" + column + "\" is not a column name (non-blank text, once)");
            }
        }
        return List.copyOf(columns);
    }
}
