package io.rdesuite.contract.csv;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.client.Json;
import io.rdesuite.client.ReportFile;
import io.rdesuite.config.Settings;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.simulator.SimulatorSettings;
import io.rdesuite.simulator.reports.LifecycleHooks;
import io.rdesuite.simulator.reports.ReportEngine;
import io.rdesuite.simulator.reports.ReportFiles;
import io.rdesuite.simulator.reports.Retention;
import io.rdesuite.simulator.reports.Task;
import io.rdesuite.support.SuiteTarget;
import io.rdesuite.verdict.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CSV headers the honest simulator's files carry for the suite's example request of each report type
 * ({@link ReportExamples}): the pins' source until a tenant recording replaces them. Made by the simulator's own
 * report engine and file maker (the ones its getReport serves from), without a server: a few milliseconds. Loaded
 * with a settings file, its {@code csvHeaders} (a calibrated simulator's: the tenant's columns) apply.
 */
public final class SimulatorCsvHeaders {

    /** The settings file the gate loads the simulator with; {@value SuiteTarget#SIMULATOR_SETTINGS} when not set. */
    public static final String SETTINGS_PROPERTY = "csv.simulatorSettings";

    private SimulatorCsvHeaders() {
    }

    /** {@value #SETTINGS_PROPERTY}, else {@value SuiteTarget#SIMULATOR_SETTINGS}; empty when neither is set. */
    static Optional<Path> settingsFile(Settings settings) {
        return settings.get(SETTINGS_PROPERTY).or(() -> settings.get(SuiteTarget.SIMULATOR_SETTINGS))
                .filter(s -> !s.isBlank()).map(Path::of).or(() -> Profile.named(settings));
    }

    /** Key ({@link CsvPins#key}) -> header, for every CSV file of every report type: the simulator's own. */
    public static Map<String, List<String>> served() {
        return served(Optional.empty());
    }

    /**
     * As {@link #served()}, by a simulator loaded with the settings file when given.
     *
     * @throws SimulatorSettings.SettingsException for a bad file, one line starting with its name
     */
    public static Map<String, List<String>> served(Optional<Path> settingsFile) {
        SimulatorConfig config = settingsFile.map(f -> SimulatorSettings.apply(f, SimulatorConfig.builder()))
                .orElseGet(SimulatorConfig::builder).build();
        ReportEngine engine = new ReportEngine(Clock.systemUTC(), config.seed(), Duration.ZERO, Map.of(),
                LifecycleHooks.HONEST, Retention.DEFAULT);
        ReportFiles files = new ReportFiles(config.csvHeaders());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (ReportType type : ReportType.values()) {
            Task task = engine.start(type, arguments(type), "csv-header-pins").task();
            byte[] content = files.file(task, FileFormat.CSV, engine.seedFor(task)).content();
            headers.putAll(CsvPins.served(type, new ReportFile(content, null, null)));
        }
        return headers;
    }

    private static JsonNode arguments(ReportType type) {
        try {
            return Json.mapper().readTree(ReportExamples.json(type)).get("arguments");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
