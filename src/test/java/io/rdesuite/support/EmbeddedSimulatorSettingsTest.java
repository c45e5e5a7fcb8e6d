package io.rdesuite.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.config.Settings;
import io.rdesuite.simulator.Assumptions;
import io.rdesuite.simulator.SimulatorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -Dreports.simulator.settings=FILE: the embedded simulator starts from the file; a bad file stops the preflight. */
class EmbeddedSimulatorSettingsTest {

    @TempDir
    Path dir;

    @Test
    void withoutTheSetting_theEmbeddedSimulatorHasItsDefaults() {
        SimulatorConfig config = SuiteTarget.embeddedConfig(Settings.of(Map.of(), Map.of()));

        assertThat(config.reportDuration()).isEqualTo(Duration.ofMillis(300));
        assertThat(config.assumptions()).isEqualTo(Assumptions.DEFAULT);
    }

    @Test
    void theFilesKeys_replaceTheEmbeddedDefaults() throws IOException {
        Path file = Files.writeString(dir.resolve("s.json"), "{\"reportDuration\":\"2s\",\"cancelUnknownId\":404}");

        SimulatorConfig config = SuiteTarget.embeddedConfig(settings(file.toString()));

        assertThat(config.reportDuration()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.assumptions().cancelUnknownId()).isEqualTo(404);
    }

    @Test
    void aBadFile_isThePreflightsOneLineNamingTheSetting() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"checkOrder\":\"sideways\"}");

        String problem = TargetPreflight.check(settings(file.toString()));

        assertThat(problem).isEqualTo(SuiteTarget.SIMULATOR_SETTINGS + "=" + file + ": 'checkOrder' takes "
                + "RATE_LIMIT_FIRST or FORBIDDEN_FIRST (rate-limit-first, forbidden-first), not 'sideways'");
    }

    @Test
    void aMissingFile_isThePreflightsOneLine() {
        String problem = TargetPreflight.check(settings(dir.resolve("none.json").toString()));

        assertThat(problem).isEqualTo(SuiteTarget.SIMULATOR_SETTINGS + "=" + dir.resolve("none.json") + ": no such file");
    }

    private static Settings settings(String file) {
        return Settings.of(Map.of(SuiteTarget.SIMULATOR_SETTINGS, file), Map.of());
    }
}
