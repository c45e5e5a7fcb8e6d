package io.rdesuite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The control token of a protected simulator, read through the one resolver and never shown. */
class SimulatorControlTokenTest {

    private static final String TOKEN = "settings-control-token-4b7e90";

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();
    private final Settings settings = Settings.of(properties, environment);

    @Test
    void neitherSetting_givesNoToken() {
        assertThat(SimulatorControlToken.resolve(settings)).isEmpty();
    }

    @Test
    void theEnvironmentVariable_orTheProperty_givesTheToken() {
        environment.put(Settings.SIMULATOR_CONTROL_TOKEN, "from-the-environment-0123");
        properties.put(Settings.SIMULATOR_CONTROL_TOKEN, TOKEN);

        assertThat(SimulatorControlToken.resolve(settings)).get()
                .extracting(SimulatorControlToken::authorization).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void theFileSetting_givesTheFilesContentWithoutItsLineEnd(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("control-token"), TOKEN + "\n");
        environment.put(Settings.SIMULATOR_CONTROL_TOKEN_FILE, file.toString());

        assertThat(SimulatorControlToken.resolve(settings)).get()
                .extracting(SimulatorControlToken::authorization).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void aMissingOrEmptyFile_orBothSettings_isOneLineToFix(@TempDir Path dir) throws IOException {
        environment.put(Settings.SIMULATOR_CONTROL_TOKEN_FILE, dir.resolve("absent").toString());
        assertThatThrownBy(() -> SimulatorControlToken.resolve(settings))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("SAIL_SIMULATOR_CONTROL_TOKEN_FILE names").hasMessageContaining("cannot be read");

        Path empty = Files.writeString(dir.resolve("empty"), " \n");
        environment.put(Settings.SIMULATOR_CONTROL_TOKEN_FILE, empty.toString());
        assertThatThrownBy(() -> SimulatorControlToken.resolve(settings)).hasMessageContaining("it is empty");

        properties.put(Settings.SIMULATOR_CONTROL_TOKEN, TOKEN);
        assertThatThrownBy(() -> SimulatorControlToken.resolve(settings))
                .hasMessage("SAIL_SIMULATOR_CONTROL_TOKEN and SAIL_SIMULATOR_CONTROL_TOKEN_FILE are both set: set one");
    }

    @Test
    void toString_neverShowsTheToken() {
        properties.put(Settings.SIMULATOR_CONTROL_TOKEN, TOKEN);

        assertThat(SimulatorControlToken.resolve(settings).orElseThrow().toString()).doesNotContain(TOKEN);
    }
}
