package io.rdesuite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();
    private final Settings settings = Settings.of(properties, environment);

    @Test
    void systemProperty_beatsEnvironmentVariable() {
        properties.put("SAIL_BASE_URL", "http://from-property");
        environment.put("SAIL_BASE_URL", "http://from-env");

        assertThat(settings.get("SAIL_BASE_URL")).contains("http://from-property");
    }

    @Test
    void environmentVariable_beatsDefault() {
        environment.put("SAIL_CLIENT_ID", "env-client");

        assertThat(settings.get("SAIL_CLIENT_ID", "default-client")).isEqualTo("env-client");
    }

    @Test
    void default_isUsedWhenNeitherSourceHasTheName() {
        assertThat(settings.get("SAIL_CLIENT_ID", "default-client")).isEqualTo("default-client");
        assertThat(settings.get("SAIL_CLIENT_ID")).isEmpty();
    }

    @Test
    void blankProperty_countsAsUnsetAndFallsThroughToEnvironment() {
        properties.put("SAIL_CLIENT_ID", "  ");
        environment.put("SAIL_CLIENT_ID", "env-client");

        assertThat(settings.get("SAIL_CLIENT_ID")).contains("env-client");
    }

    @Test
    void blankEnvironmentVariable_countsAsUnset() {
        environment.put("SAIL_CLIENT_ID", "");

        assertThat(settings.get("SAIL_CLIENT_ID", "fallback")).isEqualTo("fallback");
    }

    @Test
    void values_areReadAtEachLookupNotWhenCreated() {
        assertThat(settings.get("SAIL_ACCESS_TOKEN")).isEmpty();

        properties.put("SAIL_ACCESS_TOKEN", "later");

        assertThat(settings.get("SAIL_ACCESS_TOKEN")).contains("later");
    }

    @Test
    void getInt_namesTheSettingWhenTheValueIsNotANumber() {
        environment.put("USERS", "ten");

        assertThatThrownBy(() -> settings.getInt("USERS", 1))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("USERS must be a whole number, not 'ten'");
        assertThat(settings.getInt("MISSING", 7)).isEqualTo(7);
    }

    @Test
    void getBoolean_readsTrueAndFalseWords() {
        properties.put("A", "yes");
        properties.put("B", "FALSE");

        assertThat(settings.getBoolean("A", false)).isTrue();
        assertThat(settings.getBoolean("B", true)).isFalse();
        assertThat(settings.getBoolean("C", true)).isTrue();
    }

    @Test
    void fromSystem_readsJvmSystemProperties() {
        String name = "RDESUITE_SETTINGS_TEST_" + System.nanoTime();
        System.setProperty(name, "set");
        try {
            assertThat(Settings.fromSystem().get(name)).contains("set");
        } finally {
            System.clearProperty(name);
        }
    }
}
