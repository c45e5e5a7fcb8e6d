package io.rdesuite.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.config.Settings;
import io.rdesuite.simulator.ReportsSimulator;
import io.rdesuite.simulator.SimulatorConfig;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetPreflightTest {

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
