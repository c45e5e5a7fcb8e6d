package io.rdesuite.contract.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.CsvFileKey;
import io.rdesuite.api.ReportType;
import io.rdesuite.client.ReportFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pinned CSV headers ({@code contracts/csv-headers.json}): for each key, the columns in order and where they
 * came from. A key is a report type ({@code ACCOUNTS}) or, for the files of a SEARCH_EXPORT zip, the type and the
 * entry's name ({@code SEARCH_EXPORT/identities.csv}), the keys a recording's {@code csvHeaders} uses too.
 *
 * @param headers key -> its pin, sorted by key
 */
public record CsvPins(Map<String, Pin> headers) {

    /** Where the pins live, relative to the project (the test JVMs' working directory); {@value #FILE_PROPERTY} moves it. */
    public static final Path FILE = Path.of("contracts", "csv-headers.json");
    public static final String FILE_PROPERTY = "reports.csv.pins";
    /** The source of a pin made from the simulator's own files. */
    public static final String SIMULATOR = "simulator";
    static final String ABOUT = "The header of each report type's CSV file, and of each CSV file in a SEARCH_EXPORT zip, "
            + "for the suite's example request of the type (ReportExamples). Until a tenant recording replaces them, "
            + "the pinned headers are the simulator's own choice (source: simulator). See docs/contracts.md.";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One pinned header: its columns in order, and its source ({@value #SIMULATOR} or "tenant recording NAME"). */
    public record Pin(List<String> columns, String source) {
        public Pin {
            columns = List.copyOf(columns);
        }
    }

    public CsvPins {
        headers = new TreeMap<>(headers);
    }

    /** The file the run uses: {@value #FILE_PROPERTY} when set, else {@link #FILE}. */
    public static Path file() {
        String given = System.getProperty(FILE_PROPERTY, "");
        return given.isBlank() ? FILE : Path.of(given);
    }

    /** The key of a report type's CSV ({@code entry} null) or of one CSV file of its zip. */
    public static String key(ReportType type, String entry) {
        return CsvFileKey.of(type, entry);
    }

    /** The headers of every CSV file of a downloaded report of {@code type}, by key, in the file's order. */
    public static Map<String, List<String>> served(ReportType type, ReportFile file) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (file.isZip()) {
            file.csvFiles().forEach((entry, records) -> headers.put(key(type, entry), header(records)));
        } else {
            headers.put(key(type, null), header(file.csvRecords()));
        }
        return headers;
    }

    private static List<String> header(List<List<String>> records) {
        return records.isEmpty() ? List.of() : records.get(0);
    }

    /** Pins for these headers, all from one source. */
    public static CsvPins of(Map<String, List<String>> headers, String source) {
        Map<String, Pin> pins = new LinkedHashMap<>();
        headers.forEach((key, columns) -> pins.put(key, new Pin(columns, source)));
        return new CsvPins(pins);
    }

    /** Just the columns, by key. */
    public Map<String, List<String>> columns() {
        Map<String, List<String>> columns = new TreeMap<>();
        headers.forEach((key, pin) -> columns.put(key, pin.columns()));
        return columns;
    }

    /** Reads a pins file; a missing or malformed one is a {@link CsvPinsException} naming the file and the problem. */
    public static CsvPins read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new CsvPinsException("Cannot read the CSV header pins " + file + ": " + firstLine(e));
        }
        JsonNode headers = root == null ? null : root.get("headers");
        if (headers == null || !headers.isObject()) {
            throw new CsvPinsException(file + ": no \"headers\" object");
        }
        Map<String, Pin> pins = new LinkedHashMap<>();
        headers.fields().forEachRemaining(e -> {
            JsonNode columns = e.getValue().get("columns");
            String where = file + ": headers." + e.getKey();
            checkKey(e.getKey(), where);
            pins.put(e.getKey(), new Pin(strings(columns, where + ".columns"),
                    e.getValue().path("source").asText(SIMULATOR)));
        });
        return new CsvPins(pins);
    }

    /** Writes the pins, with a line saying what they are and where they came from. */
    public void write(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("about", ABOUT);
        ObjectNode headers = root.putObject("headers");
        this.headers.forEach((key, pin) -> {
            ObjectNode entry = headers.putObject(key);
            pin.columns().forEach(entry.putArray("columns")::add);
            entry.put("source", pin.source());
        });
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, JSON.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** A key is a report type, or SEARCH_EXPORT/NAME.csv; else a {@link CsvPinsException}. */
    static void checkKey(String key, String where) {
        try {
            CsvFileKey.check(key);
        } catch (IllegalArgumentException e) {
            throw new CsvPinsException(where + ": " + e.getMessage());
        }
    }

    /** A JSON array of non-blank strings, distinct; else a {@link CsvPinsException}. */
    static List<String> strings(JsonNode array, String where) {
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw new CsvPinsException(where + ": expected a non-empty array of column names");
        }
        List<String> columns = new ArrayList<>();
        for (JsonNode column : array) {
            if (!column.isTextual() || column.asText().isBlank() || columns.contains(column.asText())) {
                throw new CsvPinsException(where + ": " + column + " is not a column name (non-blank text, once)");
            }
            columns.add(column.asText());
        }
        return columns;
    }

    private static String firstLine(IOException e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName());
    }

    /** Bad pins or a bad recording: one line to fix, no stack trace. */
    public static final class CsvPinsException extends RuntimeException {
        public CsvPinsException(String message) {
            super(message, null, false, false);
        }
    }
}
