package io.rdesuite.contract.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pins file, the gate and its accept command, and the pins' update from a recording. */
class CsvPinsTest {

    private static final Map<String, List<String>> SERVED = Map.of("ACCOUNTS", List.of("Account ID", "Account Name"),
            "SEARCH_EXPORT/identities.csv", List.of("id", "name"));

    @TempDir
    Path dir;

    @Test
    void pinsWrittenAndRead_keepColumnsOrderAndSource() {
        Path file = dir.resolve("pins.json");
        CsvPins.of(SERVED, CsvPins.SIMULATOR).write(file);

        CsvPins read = CsvPins.read(file);

        assertThat(read.columns()).isEqualTo(SERVED);
        assertThat(read.headers().get("ACCOUNTS").source()).isEqualTo(CsvPins.SIMULATOR);
    }

    @Test
    void gate_reportsAChangedPin_andAcceptRewritesIt() {
        Path file = dir.resolve("pins.json");
        CsvPins.of(Map.of("ACCOUNTS", List.of("Account ID", "Name"), "ORPHAN_IDENTITIES", List.of("Identity ID")),
                CsvPins.SIMULATOR).write(file);

        assertThat(CsvHeaderGate.compare(CsvPins.read(file), SERVED)).containsExactly(
                "ACCOUNTS (pinned from simulator): ACCOUNTS CSV: column 'Name' (column 2) is renamed to 'Account Name'",
                "ORPHAN_IDENTITIES: pinned (simulator), no longer served",
                "SEARCH_EXPORT/identities.csv: served, not pinned [id, name]");
        assertThat(CsvHeaderGate.accept(SERVED, file)).containsExactlyInAnyOrder("ACCOUNTS",
                "SEARCH_EXPORT/identities.csv", "removed ORPHAN_IDENTITIES");
        assertThat(CsvHeaderGate.compare(CsvPins.read(file), SERVED)).isEmpty();
        assertThat(CsvHeaderGate.accept(SERVED, file)).isEmpty();
    }

    @Test
    void gate_failsTheBuildWithTheAcceptCommand() throws IOException {
        Path file = dir.resolve("pins.json");
        Files.writeString(file, "{\"headers\":{\"ACCOUNTS\":{\"columns\":[\"Account ID\"],\"source\":\"simulator\"}}}");

        assertThatThrownBy(() -> CsvHeaderGate.main(new String[] {"check", file.toString()}))
                .hasMessageContaining("ACCOUNTS (pinned from simulator)").hasMessageContaining("is not pinned")
                .hasMessageContaining(CsvHeaderGate.ACCEPT_COMMAND);
    }

    @Test
    void badPins_areOneLineNamingTheKey() throws IOException {
        Path file = dir.resolve("pins.json");
        Files.writeString(file, "{\"headers\":{\"ACCOUNT\":{\"columns\":[\"id\"]}}}");
        assertThatThrownBy(() -> CsvPins.read(file)).isInstanceOf(CsvPins.CsvPinsException.class)
                .hasMessageContaining("headers.ACCOUNT: 'ACCOUNT' is not a report type").hasNoCause()
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));

        Files.writeString(file, "{\"headers\":{\"ACCOUNTS\":{\"columns\":[\"id\", \"id\"]}}}");
        assertThatThrownBy(() -> CsvPins.read(file)).hasMessageContaining("headers.ACCOUNTS.columns: \"id\" is not a "
                + "column name");
    }

    @Test
    void aRecording_updatesThePinsItHolds_withTheTenantAsSource() throws IOException {
        Path pins = dir.resolve("pins.json");
        CsvPins.of(SERVED, CsvPins.SIMULATOR).write(pins);
        Path recording = dir.resolve("recording-1.json");
        Files.writeString(recording, "{\"format\":1,\"target\":\"tenant\",\"csvHeaders\":{"
                + "\"ACCOUNTS\":[\"Account ID\",\"Account Name\",\"Region\"],\"IDENTITIES\":[\"Identity ID\"]}}");

        List<String> changes = PinsFromRecording.update(recording, pins);

        assertThat(changes).containsExactly("ACCOUNTS CSV: column 'Region' added", "IDENTITIES: new pin [Identity ID]");
        CsvPins updated = CsvPins.read(pins);
        assertThat(updated.headers().get("ACCOUNTS")).isEqualTo(new CsvPins.Pin(
                List.of("Account ID", "Account Name", "Region"), "tenant recording recording-1.json"));
        assertThat(updated.headers().get("SEARCH_EXPORT/identities.csv").source()).isEqualTo(CsvPins.SIMULATOR);
        assertThat(PinsFromRecording.update(recording, pins)).isEmpty();
    }

    @Test
    void aRecording_withoutCsvHeadersChangesNothing_andABadOneIsOneLine() throws IOException {
        Path pins = dir.resolve("pins.json");
        Path recording = dir.resolve("recording-2.json");
        Files.writeString(recording, "{\"format\":1,\"target\":\"tenant\",\"scenarios\":[]}");
        assertThat(PinsFromRecording.update(recording, pins)).isEmpty();
        assertThat(pins).doesNotExist();

        Files.writeString(recording, "{\"csvHeaders\":{\"SEARCH_EXPORT/a.txt\":[\"id\"]}}");
        assertThatThrownBy(() -> PinsFromRecording.update(recording, pins)).isInstanceOf(CsvPins.CsvPinsException.class)
                .hasMessageContaining("csvHeaders.SEARCH_EXPORT/a.txt").hasMessageContaining("SEARCH_EXPORT/<file>.csv");
        assertThatThrownBy(() -> PinsFromRecording.main(new String[] {"${recording}"}))
                .hasMessageStartingWith("usage: PinsFromRecording RECORDING");
    }
}
