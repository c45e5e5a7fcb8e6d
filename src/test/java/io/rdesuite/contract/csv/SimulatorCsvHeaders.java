package io.rdesuite.contract.csv;

import io.rdesuite.api.FileFormat;
import io.rdesuite.api.ReportType;
import io.rdesuite.client.ReportsClient;
import io.rdesuite.simulator.ReportsSimulator;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.support.ReportRequests;
import io.rdesuite.support.SuiteTarget;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV headers the honest simulator serves for the suite's example request of each report type (the pins'
 * source until a tenant recording replaces them): an in-process simulator on loopback, every type started, awaited
 * and downloaded as CSV through the suite's client. About a second.
 */
public final class SimulatorCsvHeaders {

    private static final Duration REPORT_DURATION = Duration.ofMillis(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private SimulatorCsvHeaders() {
    }

    /** Key ({@link CsvPins#key}) -> header, for every CSV file of every report type. */
    public static Map<String, List<String>> served() {
        SimulatorConfig config = SimulatorConfig.builder().requestLog(false).reportDuration(REPORT_DURATION).build();
        try (ReportsSimulator simulator = ReportsSimulator.start(config)) {
            ReportsClient client = ReportsClient.forTarget(SuiteTarget.forSimulator(simulator).config(), List.of());
            Map<ReportType, String> started = new EnumMap<>(ReportType.class);
            for (ReportType type : ReportType.values()) {
                started.put(type, client.startReport(ReportRequests.details(type)).id());
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            started.forEach((type, id) -> {
                client.awaitSuccess(id, TIMEOUT);
                headers.putAll(CsvPins.served(type, client.getReport(id, FileFormat.CSV)));
            });
            return headers;
        }
    }
}
