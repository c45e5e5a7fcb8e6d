package io.rdesuite.contract.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdesuite.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate against a simulator loaded with a settings file: pins from a tenant pass against its calibrated columns. */
class CsvHeaderGateSettingsTest {

    private static final List<String> TENANT_ACCOUNTS = List.of("Account ID", "Account Name", "Region");

    @TempDir
    Path dir;

    @Test
    void tenantPins_failAgainstTheSimulatorsOwnColumns_andPassAgainstTheCalibratedOnes() throws IOException {
        Map<String, List<String>> tenant = new TreeMap<>(SimulatorCsvHeaders.served());
        tenant.put("ACCOUNTS", TENANT_ACCOUNTS);
        Path pins = dir.resolve("pins.json");
        CsvPins.of(tenant, "tenant recording recording-1.json").write(pins);
        Path calibrated = Files.writeString(dir.resolve("tenant-settings.json"),
                "{\"csvHeaders\": {\"ACCOUNTS\": [\"Account ID\", \"Account Name\", \"Region\"]}}");

        assertThatThrownBy(() -> CsvHeaderGate.run(false, pins, Optional.empty()))
                .hasMessageContaining("ACCOUNTS (pinned from tenant recording recording-1.json)")
                .hasMessageContaining("-Dcsv.simulatorSettings=SETTINGS")
                .hasMessageContaining("exec:java@calibrate -Drecording=FILE -Dcalibrate=SETTINGS");
        assertThat(CsvHeaderGate.run(false, pins, Optional.of(calibrated)))
                .contains("match the pins").contains("the simulator loaded with " + calibrated);
    }

    @Test
    void aSettingsFileWithoutTheTenantsColumns_stillFails_namingIt() throws IOException {
        Map<String, List<String>> tenant = new TreeMap<>(SimulatorCsvHeaders.served());
        tenant.put("ACCOUNTS", TENANT_ACCOUNTS);
        Path pins = dir.resolve("pins.json");
        CsvPins.of(tenant, "tenant recording recording-1.json").write(pins);
        Path other = Files.writeString(dir.resolve("other.json"), "{\"seed\": 7}");

        assertThatThrownBy(() -> CsvHeaderGate.run(false, pins, Optional.of(other)))
                .hasMessageContaining("differ from the files of the simulator loaded with " + other)
                .hasMessageContaining("ACCOUNTS CSV: column 'Region' (column 3) is renamed to 'Display Name'")
                .hasMessageContaining(other + " does not serve its columns: calibrate it again");
    }

    @Test
    void aBadSettingsFile_isOneLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"csvHeaders\": {\"ACCOUNT\": [\"x\"]}}");

        assertThatThrownBy(() -> CsvHeaderGate.run(false, CsvPins.FILE, Optional.of(bad)))
                .isInstanceOf(CsvPins.CsvPinsException.class)
                .hasMessage("CSV header gate: cannot load the simulator settings " + bad + ": 'csvHeaders': 'ACCOUNT' "
                        + "is not a report type (" + java.util.Arrays.toString(io.rdesuite.api.ReportType.values())
                        + ") or SEARCH_EXPORT/<file>.csv");
    }

    @Test
    void acceptWithSettings_namesThemAsTheSource() {
        Path pins = dir.resolve("pins.json");
        CsvPins.of(SimulatorCsvHeaders.served(), CsvPins.SIMULATOR).write(pins);

        CsvHeaderGate.accept(Map.of("ACCOUNTS", TENANT_ACCOUNTS), pins, "simulator with tenant-settings.json");

        assertThat(CsvPins.read(pins).headers().get("ACCOUNTS").source())
                .isEqualTo("simulator with tenant-settings.json");
    }

    @Test
    void theSettingsFile_isCsvSimulatorSettings_elseTheEmbeddedSimulatorsOne() {
        assertThat(SimulatorCsvHeaders.settingsFile(Settings.of(Map.of(), Map.of()))).isEmpty();
        assertThat(SimulatorCsvHeaders.settingsFile(Settings.of(Map.of("reports.simulator.settings", "a.json"),
                Map.of()))).contains(Path.of("a.json"));
        assertThat(SimulatorCsvHeaders.settingsFile(Settings.of(Map.of("reports.simulator.settings", "a.json",
                "csv.simulatorSettings", "b.json"), Map.of()))).contains(Path.of("b.json"));
    }
}
