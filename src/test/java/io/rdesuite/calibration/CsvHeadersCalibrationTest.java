package io.rdesuite.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdesuite.contract.csv.CsvHeaderGate;
import io.rdesuite.contract.csv.CsvPins;
import io.rdesuite.contract.csv.PinsFromRecording;
import io.rdesuite.contract.csv.SimulatorCsvHeaders;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.simulator.SimulatorSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recording's CSV headers in the calibration: written as {@code csvHeaders} where they differ from the
 * simulator's own (masked names left out), compared by the fidelity table, and the loop closed: pins updated from
 * the recording pass the CSV header gate against the calibrated simulator. Without a server.
 */
class CsvHeadersCalibrationTest {

    private static final List<String> TENANT_IDENTITIES = List.of("Identity ID", "Name", "Department", "Email");

    @Test
    void headersThatDiffer_becomeCsvHeaders_theSameOrMaskedOnesDoNot() {
        Map<String, List<String>> own = SimulatorCsvHeaders.served();
        Recording recording = recording(Map.of(
                "IDENTITIES", TENANT_IDENTITIES,
                "ACCOUNTS", own.get("ACCOUNTS"),
                "ORPHAN_IDENTITIES", List.of("Identity ID", Exchanges.MASKED_COLUMN),
                "SEARCH_EXPORT/(file)", List.of("id")));

        Calibration calibration = Calibration.of(recording, Optional.empty());

        SimulatorSettings settings = SimulatorSettings.of(calibration.settings());
        assertThat(settings.csvHeaders()).contains(Map.of("IDENTITIES", TENANT_IDENTITIES));
        assertThat(calibration.evidence().get("csvHeaders")).contains("[IDENTITIES]")
                .contains("left out: [ORPHAN_IDENTITIES, SEARCH_EXPORT/(file)]");
        assertThat(settings.applyTo(SimulatorConfig.builder()).build().csvHeaders())
                .isEqualTo(Map.of("IDENTITIES", TENANT_IDENTITIES));
    }

    @Test
    void theSimulatorsOwnHeaders_giveNoCsvHeaders() {
        Calibration calibration = Calibration.of(recording(SimulatorCsvHeaders.served()), Optional.empty());

        assertThat(calibration.settings().has("csvHeaders")).isFalse();
    }

    @Test
    void theFidelityTable_comparesTheHeaders() {
        Recording tenant = recording(Map.of("IDENTITIES", TENANT_IDENTITIES));
        Recording simulator = recording(Map.of("IDENTITIES", SimulatorCsvHeaders.served().get("IDENTITIES")));

        Fidelity before = Fidelity.compare(tenant, simulator);
        Fidelity after = Fidelity.compare(tenant, recording(Map.of("IDENTITIES", TENANT_IDENTITIES)));

        assertThat(before.differences()).singleElement().satisfies(d -> {
            assertThat(d.aspect()).isEqualTo(Fidelity.CSV_HEADER + "IDENTITIES");
            assertThat(d.recorded()).isEqualTo(String.join(",", TENANT_IDENTITIES));
            assertThat(d.modelled()).isTrue();
        });
        assertThat(after.differences()).isEmpty();
    }

    @Test
    void theLoop_pinsFromTheRecordingPassTheGate_againstTheCalibratedSimulator(@TempDir Path dir) throws IOException {
        Path pins = Files.copy(CsvPins.FILE, dir.resolve("csv-headers.json"));
        Recording tenant = recording(Map.of("IDENTITIES", TENANT_IDENTITIES, "SEARCH_EXPORT/identities.csv",
                List.of("displayName", "email", "Region")));
        Path recorded = tenant.write(dir.resolve("recording-1.json"));
        assertThat(PinsFromRecording.update(recorded, pins)).hasSize(2);

        Path calibrated = Recording.write(dir.resolve("tenant-settings.json"),
                Calibration.of(tenant, Optional.empty()).settings());

        assertThatThrownBy(() -> CsvHeaderGate.run(false, pins, Optional.empty()))
                .hasMessageContaining("IDENTITIES (pinned from tenant recording recording-1.json)");
        assertThat(CsvHeaderGate.run(false, pins, Optional.of(calibrated))).contains("match the pins");
    }

    private static Recording recording(Map<String, List<String>> csvHeaders) {
        return new Recording(Recording.FORMAT, "tenant", List.of("v3"), List.of(), csvHeaders, null);
    }
}
