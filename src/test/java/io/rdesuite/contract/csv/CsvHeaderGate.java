package io.rdesuite.contract.csv;

import io.rdesuite.config.Settings;
import io.rdesuite.simulator.SimulatorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The CSV header drift gate, in the style of the pacts' ({@code contract/drift/PactDrift}): compares the pinned
 * headers with the ones the honest simulator serves for the suite's example requests and fails, printing each
 * difference, when they differ; {@code accept} rewrites the pins from the simulator. Arguments:
 * {@code check|accept [PINS_FILE]} (default {@link CsvPins#FILE}); {@code -Dcsv.accept=true} turns check into accept.
 * {@code -Dcsv.simulatorSettings=FILE} (else {@code -Dreports.simulator.settings}) loads the simulator with a
 * settings file first: a calibrated one serves the tenant's columns ({@code csvHeaders}), as pins from its
 * recording have them.
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
        System.out.println(run(accept, pins, SimulatorCsvHeaders.settingsFile(Settings.fromSystem())));
    }

    /** Checks (or accepts) the pins against the simulator, loaded with the settings file when given; its line. */
    public static String run(boolean accept, Path pins, Optional<Path> settings) {
        long start = System.nanoTime();
        Map<String, List<String>> served;
        try {
            served = SimulatorCsvHeaders.served(settings);
        } catch (SimulatorSettings.SettingsException e) {
            throw new CsvPins.CsvPinsException("CSV header gate: cannot load the simulator settings " + e.getMessage());
        }
        String simulator = settings.map(f -> "the simulator loaded with " + f).orElse("the simulator");
        if (accept) {
            List<String> changed = accept(served, pins,
                    settings.map(f -> CsvPins.SIMULATOR + " with " + f.getFileName()).orElse(CsvPins.SIMULATOR));
            return "CSV header gate: accepted " + (changed.isEmpty() ? "no change" : changed) + " into " + pins;
        }
        List<String> drift = compare(CsvPins.read(pins), served);
        if (!drift.isEmpty()) {
            throw new CsvPins.CsvPinsException("CSV header gate: the pinned headers in " + pins
                    + " differ from the files of " + simulator + "\n  " + String.join("\n  ", drift)
                    + "\nIf the simulator's change is intended, accept it with: " + ACCEPT_COMMAND
                    + " (or ./mvnw verify -Dcsv.accept=true) and commit " + pins + ". " + settings.map(f -> "If the "
                    + "pins came from a tenant recording, " + f + " does not serve its columns: calibrate it again "
                    + "from that recording").orElse("If the pins came from a tenant recording, check them against "
                    + "the simulator calibrated from it: -D" + SimulatorCsvHeaders.SETTINGS_PROPERTY + "=SETTINGS, a "
                    + "settings file whose csvHeaders are the tenant's") + " (exec:java@calibrate -Drecording=FILE "
                    + "-Dcalibrate=SETTINGS writes it; docs/calibration.md).");
        }
        return "CSV header gate: " + served.size() + " CSV header(s) of " + simulator + " match the pins in " + pins
                + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)";
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
        return accept(served, pins, CsvPins.SIMULATOR);
    }

    /** As {@link #accept(Map, Path)}, a changed pin taking {@code source}. */
    static List<String> accept(Map<String, List<String>> served, Path pins, String source) {
        CsvPins old = Files.exists(pins) ? CsvPins.read(pins) : new CsvPins(Map.of());
        Map<String, CsvPins.Pin> fresh = new TreeMap<>();
        List<String> changed = new ArrayList<>();
        served.forEach((key, header) -> {
            CsvPins.Pin pin = old.headers().get(key);
            boolean same = pin != null && pin.columns().equals(header);
            fresh.put(key, same ? pin : new CsvPins.Pin(header, source));
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
