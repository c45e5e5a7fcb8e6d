package io.rdesuite.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.config.ConfigurationException;
import io.rdesuite.config.Settings;
import io.rdesuite.load.support.LoadSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The load's version settings: its own -Dload.apiVersions, else the suite's SAIL_API_VERSIONS. */
class LoadSettingsTest {

    private static LoadSettings of(Map<String, String> properties, Map<String, String> environment) {
        return LoadSettings.from(Settings.of(properties, environment));
    }

    @Test
    void withoutASetting_theLoadCoversTheSuitesVersions() {
        assertThat(of(Map.of(), Map.of()).apiVersions()).containsExactly(ApiVersion.V3);
        assertThat(of(Map.of(), Map.of(Settings.API_VERSIONS, "v1,v3")).apiVersions())
                .containsExactly(ApiVersion.V3, ApiVersion.V1);
    }

    @Test
    void loadApiVersions_winsOverTheSuitesVersions() {
        LoadSettings settings = of(Map.of(LoadSettings.API_VERSIONS, "v3,v2024"), Map.of(Settings.API_VERSIONS, "all"));

        assertThat(settings.apiVersions()).isEqualTo(List.of(ApiVersion.V3, ApiVersion.V2024));
        assertThat(settings.severalVersions()).isTrue();
    }

    @Test
    void aSimulationsOwnVersions_winForThatSimulationOnly() {
        Map<String, String> properties = Map.of(LoadSettings.API_VERSIONS, "v3",
                "load.RateLimitProbeSimulation.apiVersions", "v3,v1");

        assertThat(LoadSettings.from(Settings.of(properties, Map.of()), "RateLimitProbeSimulation").apiVersions())
                .containsExactly(ApiVersion.V3, ApiVersion.V1);
        assertThat(LoadSettings.from(Settings.of(properties, Map.of()), "ManyClientsSimulation").apiVersions())
                .containsExactly(ApiVersion.V3);
    }

    @Test
    void aWrongVersion_stopsTheRunWithOneLineNamingTheAcceptedValues() {
        assertThatThrownBy(() -> of(Map.of(LoadSettings.API_VERSIONS, "v3,v4"), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("load.apiVersions='v3,v4': unknown API version 'v4'; " + ApiVersion.accepted());
    }

    @Test
    void budgetsAreCountedPerVersion_onlyWhenExpectedAndTheLoadSpansSeveral() {
        assertThat(of(Map.of(LoadSettings.API_VERSIONS, "v3,v1"), Map.of()).budgetPerVersion()).isTrue();
        assertThat(of(Map.of(LoadSettings.API_VERSIONS, "v3"), Map.of()).budgetPerVersion()).isFalse();
        assertThat(of(Map.of(LoadSettings.API_VERSIONS, "v3,v1", LoadSettings.RATE_LIMIT_PER_VERSION, "false"),
                Map.of()).budgetPerVersion()).isFalse();
    }
}
