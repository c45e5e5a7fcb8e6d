package io.rdesuite.contract.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Calibration of the pins from a tenant: reads a recording's {@code csvHeaders} (key -> the header the target
 * served; see docs/calibration) and writes them into the pins, each with the source "tenant recording NAME" (the
 * file's name only). Keys the recording does not hold keep their pins. Arguments: {@code RECORDING [PINS_FILE]}.
 */
public final class PinsFromRecording {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PinsFromRecording() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2 || args[0].isBlank() || args[0].startsWith("${")) {
            throw new CsvPins.CsvPinsException("usage: PinsFromRecording RECORDING [PINS_FILE], e.g. "
                    + "./mvnw -q -o exec:java@csv-pins-from-recording -Drecording=target/recordings/recording-X.json");
        }
        Path pins = args.length == 2 ? Path.of(args[1]) : CsvPins.FILE;
        List<String> changes = update(Path.of(args[0]), pins);
        System.out.println(changes.isEmpty() ? "CSV header pins: the recording changes nothing in " + pins
                : "CSV header pins updated in " + pins + " (commit it):\n  " + String.join("\n  ", changes));
    }

    /**
     * Writes the recording's headers into the pins file; one line per key that changed, empty when none (also when
     * the recording holds no csvHeaders: the run downloaded no CSV). Bad input is a {@link CsvPins.CsvPinsException}.
     */
    public static List<String> update(Path recording, Path pins) {
        Map<String, List<String>> recorded = headers(recording);
        CsvPins old = Files.exists(pins) ? CsvPins.read(pins) : new CsvPins(Map.of());
        String source = read(recording).path("target").asText("tenant") + " recording " + recording.getFileName();
        Map<String, CsvPins.Pin> updated = new TreeMap<>(old.headers());
        List<String> changes = new ArrayList<>();
        recorded.forEach((key, columns) -> {
            CsvPins.Pin pin = old.headers().get(key);
            if (pin == null) {
                changes.add(key + ": new pin " + columns);
            } else if (!pin.columns().equals(columns)) {
                HeaderCheck.Verdict verdict = HeaderCheck.check(key, pin.columns(), columns);
                List<String> lines = new ArrayList<>(verdict.violations());
                verdict.added().forEach(c -> lines.add(key + " CSV: column '" + c + "' added"));
                changes.add(String.join("; ", lines));
            }
            updated.put(key, new CsvPins.Pin(columns, source));
        });
        if (!changes.isEmpty()) {
            new CsvPins(updated).write(pins);
        }
        return changes;
    }

    /** The recording's csvHeaders, checked: known keys, non-empty arrays of distinct column names. */
    static Map<String, List<String>> headers(Path recording) {
        JsonNode csvHeaders = read(recording).get("csvHeaders");
        Map<String, List<String>> headers = new TreeMap<>();
        if (csvHeaders == null || csvHeaders.isNull()) {
            return headers;
        }
        if (!csvHeaders.isObject()) {
            throw new CsvPins.CsvPinsException(recording + ": csvHeaders is not an object of key -> columns");
        }
        csvHeaders.fields().forEachRemaining(e -> {
            String where = recording + ": csvHeaders." + e.getKey();
            CsvPins.checkKey(e.getKey(), where);
            headers.put(e.getKey(), CsvPins.strings(e.getValue(), where));
        });
        return headers;
    }

    private static JsonNode read(Path recording) {
        try {
            JsonNode root = JSON.readTree(recording.toFile());
            if (root == null || !root.isObject()) {
                throw new CsvPins.CsvPinsException(recording + ": not a recording (a JSON object)");
            }
            return root;
        } catch (IOException e) {
            throw new CsvPins.CsvPinsException("Cannot read the recording " + recording + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }
}
