package io.rdesuite.contract.csv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The CSV header drift gate, in the style of the pacts' ({@code contract/drift/PactDrift}): compares the pinned
 * headers with the ones the honest simulator serves for the suite's example requests and fails, printing each
 * difference, when they differ; {@code accept} rewrites the pins from the simulator. Arguments:
 * {@code check|accept [PINS_FILE]} (default {@link CsvPins#FILE}); {@code -Dcsv.accept=true} turns check into accept.
 */
public final class CsvHeaderGate {

    static final String ACCEPT_COMMAND = "./mvnw -q -o exec:java@accept-csv-headers";

    private CsvHeaderGate() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2 || !Set.of("check", "accept").contains(args[0])) {
            throw new CsvPins.CsvPinsException("usage: CsvHeaderGate check|accept [PINS_FILE]");
        }
        Path pins = args.length == 2 ? Path.of(args[1]) : CsvPins.FILE;
        boolean accept = args[0].equals("accept") || Boolean.getBoolean("csv.accept");
        long start = System.nanoTime();
        Map<String, List<String>> served = SimulatorCsvHeaders.served();
        if (accept) {
            List<String> changed = accept(served, pins);
            System.out.println("CSV header gate: accepted " + (changed.isEmpty() ? "no change" : changed) + " into " + pins);
            return;
        }
        List<String> drift = compare(CsvPins.read(pins), served);
        if (!drift.isEmpty()) {
            throw new CsvPins.CsvPinsException("CSV header gate: the pinned headers in " + pins
                    + " differ from the simulator's files\n  " + String.join("\n  ", drift)
                    + "\nIf the simulator's change is intended, accept it with: " + ACCEPT_COMMAND
                    + " (or ./mvnw verify -Dcsv.accept=true) and commit " + pins
                    + ". If the pins came from a tenant recording, make the simulator serve them instead.");
        }
        System.out.println("CSV header gate: " + served.size() + " CSV header(s) match the pins in " + pins + " ("
                + (System.nanoTime() - start) / 1_000_000 + " ms)");
    }

    /** The differences between the pins and the served headers, one line each; empty when none. */
    static List<String> compare(CsvPins pins, Map<String, List<String>> served) {
        Set<String> keys = new TreeSet<>(pins.headers().keySet());
        keys.addAll(served.keySet());
        List<String> drift = new ArrayList<>();
        for (String key : keys) {
            CsvPins.Pin pin = pins.headers().get(key);
            List<String> header = served.get(key);
            if (pin == null) {
                drift.add(key + ": served, not pinned " + header);
            } else if (header == null) {
                drift.add(key + ": pinned (" + pin.source() + "), no longer served");
            } else if (!pin.columns().equals(header)) {
                HeaderCheck.Verdict verdict = HeaderCheck.check(key, pin.columns(), header);
                List<String> lines = new ArrayList<>(verdict.violations());
                verdict.added().forEach(c -> lines.add(key + " CSV: column '" + c + "' is not pinned"));
                drift.add(key + " (pinned from " + pin.source() + "): " + String.join("; ", lines));
            }
        }
        return drift;
    }

    /** Rewrites the pins from the served headers (a pin whose columns are served as they are keeps its source). */
    static List<String> accept(Map<String, List<String>> served, Path pins) {
        CsvPins old = Files.exists(pins) ? CsvPins.read(pins) : new CsvPins(Map.of());
        Map<String, CsvPins.Pin> fresh = new TreeMap<>();
        List<String> changed = new ArrayList<>();
        served.forEach((key, header) -> {
            CsvPins.Pin pin = old.headers().get(key);
            boolean same = pin != null && pin.columns().equals(header);
            fresh.put(key, same ? pin : new CsvPins.Pin(header, CsvPins.SIMULATOR));
            if (!same) {
                changed.add(key);
            }
        });
        old.headers().keySet().stream().filter(k -> !served.containsKey(k)).forEach(k -> changed.add("removed " + k));
        if (!changed.isEmpty() || !Files.exists(pins)) {
            new CsvPins(fresh).write(pins);
        }
        return changed;
    }
}
