package io.rdesuite.contract.csv;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportType;
import io.rdesuite.client.ReportFile;
import io.rdesuite.verdict.Drift;
import io.rdesuite.verdict.DriftLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the acceptance scenarios ask of a downloaded CSV (or of every CSV of a SEARCH_EXPORT zip): its header is
 * the pinned one ({@link CsvPins}). A renamed, dropped or reordered column, or a pinned file of the zip that is
 * missing, fails; an added column (or an added file of the zip) is drift, recorded in the {@link DriftLog} as
 * undocumented fields are.
 */
public final class PinnedCsv {

    /** {@link Drift#what()} of a column the pin does not name ("v3 getReport 200: added CSV column 'Region' in ACCOUNTS"). */
    public static final String ADDED_COLUMN = "added CSV column";
    /** {@link Drift#what()} of a file of a zip the pins do not name. */
    public static final String ADDED_FILE = "added CSV file";

    private static final Map<Path, CsvPins> LOADED = new ConcurrentHashMap<>();

    private PinnedCsv() {
    }

    /** Checks the file's headers against the run's pins ({@link CsvPins#file()}); drift goes to the DriftLog. */
    public static void assertMatchesPin(ApiVersion version, ReportType type, ReportFile file) {
        Path pinsFile = CsvPins.file();
        CsvPins pins = LOADED.computeIfAbsent(pinsFile.toAbsolutePath(), p -> CsvPins.read(pinsFile));
        Outcome outcome = compare(pins, type, CsvPins.served(type, file));
        List<Drift> drift = new ArrayList<>();
        String operationId = Operation.GET_REPORT.id(version);
        outcome.addedColumns().forEach(where -> drift.add(new Drift(version.label(), operationId, 200, where,
                ADDED_COLUMN)));
        outcome.addedFiles().forEach(key -> drift.add(new Drift(version.label(), operationId, 200, key, ADDED_FILE)));
        DriftLog.record(drift);
        if (!outcome.violations().isEmpty()) {
            throw new AssertionError("The CSV header differs from the pin in " + pinsFile + ": "
                    + String.join("; ", outcome.violations()));
        }
    }

    /**
     * The served headers of one report against the pins.
     *
     * @param violations   renamed, dropped, reordered columns; pinned files missing from the zip
     * @param addedColumns "'column' in KEY" for each column no pin names
     * @param addedFiles   keys of served files no pin names
     */
    record Outcome(List<String> violations, List<String> addedColumns, List<String> addedFiles) {
    }

    static Outcome compare(CsvPins pins, ReportType type, Map<String, List<String>> served) {
        List<String> violations = new ArrayList<>();
        List<String> addedColumns = new ArrayList<>();
        List<String> addedFiles = new ArrayList<>();
        served.forEach((key, header) -> {
            CsvPins.Pin pin = pins.headers().get(key);
            if (pin == null) {
                addedFiles.add(key);
                return;
            }
            HeaderCheck.Verdict verdict = HeaderCheck.check(key, pin.columns(), header);
            violations.addAll(verdict.violations());
            verdict.added().forEach(column -> addedColumns.add("'" + column + "' in " + key));
        });
        pins.headers().keySet().stream()
                .filter(key -> key.equals(type.name()) || key.startsWith(type.name() + "/"))
                .filter(key -> !served.containsKey(key))
                .forEach(key -> violations.add(key + " CSV: the pinned file is not served"));
        return new Outcome(violations, addedColumns, addedFiles);
    }
}
