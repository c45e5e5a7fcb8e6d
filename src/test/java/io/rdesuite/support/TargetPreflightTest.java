package io.rdesuite.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.config.Settings;
import io.rdesuite.simulator.ReportsSimulator;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.verdict.Profile;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetPreflightTest {

    @TempDir
    Path dir;

    @Test
    void aProfileNamingADefect_stopsThePreflightInOneLine() throws IOException {
        Path profile = Files.writeString(dir.resolve("tenant.json"), "{\"defects\": [\"AUTH_NOT_CHECKED\"]}");

        String problem = TargetPreflight.check(Settings.of(Map.of(), Map.of(Profile.ENV, profile.toString())));

        assertThat(problem).isEqualTo("reports.profile=" + profile + ": names a defect [AUTH_NOT_CHECKED]; a profile "
                + "describes an honest tenant (defects and variants are the simulator's own levers)");
    }

    @Test
    void aGoodProfile_passes_andStartsTheEmbeddedSimulatorLikeTheTenant() throws IOException {
        Path profile = Files.writeString(dir.resolve("tenant.json"), "{\"cancelFinished\": 404}");
        Settings settings = Settings.of(Map.of(Profile.PROPERTY, profile.toString()), Map.of());

        assertThat(TargetPreflight.check(settings)).isNull();
        assertThat(SuiteTarget.embeddedConfig(settings).assumptions().cancelFinished()).isEqualTo(404);
    }

    @Test
    void noBaseUrl_meansTheEmbeddedSimulatorAndPasses() {
        assertThat(TargetPreflight.check(Settings.of(Map.of(), Map.of()))).isNull();
    }

    @Test
    void unreachableTarget_isOneLineNamingTheAddress() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String problem = TargetPreflight.check(Settings.of(Map.of(), Map.of(
                "SAIL_BASE_URL", "http://127.0.0.1:" + closedPort,
                "SAIL_CLIENT_ID", "someone", "SAIL_CLIENT_SECRET", "not-printed")));

        assertThat(problem).contains("http://127.0.0.1:" + closedPort).contains("SAIL_BASE_URL")
                .doesNotContain("not-printed").doesNotContain("\n");
    }

    @Test
    void refusedCredentials_nameTheVariablesNotTheSecret() {
        try (ReportsSimulator sim = ReportsSimulator.start()) {
            String problem = TargetPreflight.check(Settings.of(Map.of(), Map.of(
                    "SAIL_BASE_URL", sim.baseUrl(),
                    "SAIL_CLIENT_ID", "demo-manage", "SAIL_CLIENT_SECRET", "wrong-secret-value")));

            assertThat(problem).contains("SAIL_CLIENT_SECRET").contains("401").doesNotContain("wrong-secret-value");
        }
    }

    @Test
    void badBaseUrl_isTheConfigurationMessage() {
        String problem = TargetPreflight.check(Settings.of(Map.of(), Map.of(
                "SAIL_BASE_URL", "not a url", "SAIL_CLIENT_ID", "a", "SAIL_CLIENT_SECRET", "b")));

        assertThat(problem).contains("SAIL_BASE_URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "0s", "-5s"})
    void reportTimeoutThatIsNoPositiveDuration_isOneLineNamingTheSetting(String value) {
        String problem = TargetPreflight.check(Settings.of(Map.of(ReportTimeout.SETTING, value), Map.of()));

        assertThat(problem).isEqualTo(ReportTimeout.SETTING + " must be a positive duration such as 30s or 2m, not '"
                + value + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v4", "v3,v9", " , "})
    void apiVersionsThatNameNoVersion_areOneLineNamingTheAcceptedValues(String value) {
        String problem = TargetPreflight.check(Settings.of(Map.of(Settings.API_VERSIONS, value), Map.of()));

        assertThat(problem).contains(Settings.API_VERSIONS).contains(ApiVersion.accepted()).doesNotContain("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {Settings.EXPECT_VERSIONS_SHARE_STATE, Settings.EXPECT_RATE_LIMIT_PER_VERSION})
    void aVersionExpectationThatIsNoBoolean_isOneLineNamingTheSetting(String setting) {
        String problem = TargetPreflight.check(Settings.of(Map.of(setting, "maybe"), Map.of()));

        assertThat(problem).isEqualTo(setting + " must be true or false, not 'maybe'");
    }

    @Test
    void apiVersions_fromTheEnvironment_aPropertyWins_andTheBuildsDefaultWhenUnset() {
        assertThat(Settings.of(Map.of(), Map.of(Settings.API_VERSIONS, "all")).apiVersions())
                .containsExactly(ApiVersion.values());
        assertThat(Settings.of(Map.of(Settings.API_VERSIONS, "v1, v3"), Map.of(Settings.API_VERSIONS, "all"))
                .apiVersions()).containsExactly(ApiVersion.V3, ApiVersion.V1);
        assertThat(Settings.of(Map.of(Settings.API_VERSIONS_DEFAULT, "v3,v1"), Map.of()).apiVersions())
                .containsExactly(ApiVersion.V3, ApiVersion.V1);
        assertThat(Settings.of(Map.of(), Map.of()).apiVersions()).containsExactly(ApiVersion.V3);
        assertThat(TargetPreflight.check(Settings.of(Map.of(Settings.API_VERSIONS, "all"), Map.of()))).isNull();
    }

    @Test
    void reportTimeout_isReadAsADuration_120sWhenUnset() {
        assertThat(ReportTimeout.read(Settings.of(Map.of(ReportTimeout.SETTING, "2m"), Map.of())))
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(ReportTimeout.read(Settings.of(Map.of(), Map.of()))).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void workingTarget_passes() {
        try (ReportsSimulator sim = ReportsSimulator.start()) {
            assertThat(TargetPreflight.check(Settings.of(Map.of(), Map.of(
                    "SAIL_BASE_URL", sim.baseUrl(),
                    "SAIL_CLIENT_ID", "demo-manage", "SAIL_CLIENT_SECRET", "demo-manage-secret")))).isNull();
        }
    }

    @Test
    void wrongControlTokenOfAProtectedSimulator_isOneLineWithoutTheToken() {
        try (ReportsSimulator sim = ReportsSimulator.start(SimulatorConfig.builder().requestLog(false)
                .controlToken("the-right-control-token-value").build())) {
            String problem = TargetPreflight.check(Settings.of(Map.of(), Map.of(
                    "SAIL_BASE_URL", sim.baseUrl(),
                    "SAIL_CLIENT_ID", "demo-manage", "SAIL_CLIENT_SECRET", "demo-manage-secret",
                    "SAIL_SIMULATOR_CONTROL_TOKEN", "a-wrong-control-token-value")));

            assertThat(problem).contains("SAIL_SIMULATOR_CONTROL_TOKEN").doesNotContain("a-wrong-control-token-value")
                    .doesNotContain("the-right-control-token-value").doesNotContain("\n");
        }
    }
}
