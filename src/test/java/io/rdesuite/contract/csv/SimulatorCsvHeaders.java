package io.rdesuite.contract.csv;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.client.Json;
import io.rdesuite.client.ReportFile;
import io.rdesuite.simulator.reports.LifecycleHooks;
import io.rdesuite.simulator.reports.ReportEngine;
import io.rdesuite.simulator.reports.ReportFiles;
import io.rdesuite.simulator.reports.Retention;
import io.rdesuite.simulator.reports.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV headers the honest simulator's files carry for the suite's example request of each report type
 * ({@link ReportExamples}): the pins' source until a tenant recording replaces them. Made by the simulator's own
 * report engine and file maker (the ones its getReport serves from), without a server: a few milliseconds.
 */
public final class SimulatorCsvHeaders {

    private SimulatorCsvHeaders() {
    }

    /** Key ({@link CsvPins#key}) -> header, for every CSV file of every report type. */
    public static Map<String, List<String>> served() {
        ReportEngine engine = new ReportEngine(Clock.systemUTC(), 0L, Duration.ZERO, Map.of(), LifecycleHooks.HONEST,
                Retention.DEFAULT);
        ReportFiles files = new ReportFiles();
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
