package io.rdesuite.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdesuite.api.Scopes;
import io.rdesuite.config.ConfigurationException;
import io.rdesuite.config.Settings;
import io.rdesuite.config.SimulatorControlToken;
import io.rdesuite.simulator.ClientRegistration;
import io.rdesuite.simulator.ReportsSimulator;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.support.StubHttpServer;
import io.rdesuite.support.StubHttpServer.Reply;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SimulatorControl against a simulator whose control API needs a control token. */
class ProtectedSimulatorControlTest {

    private static final String TOKEN = "client-side-control-token-93ac";
    private static final String PROTECTED = "{\"simulator\":\"reports-api-simulator\",\"error\":\"needs a token\"}";
    private static final Optional<SimulatorControlToken> WITH_TOKEN = token(TOKEN);

    private final StubHttpServer stub = StubHttpServer.start();

    @AfterEach
    void stopStub() {
        stub.close();
    }

    @Test
    void detect_sendsTheTokenOnlyAfterA401NamingTheSimulator_andEveryCallCarriesIt() {
        stub.on("GET", "/__simulator/info", Reply.json(401, PROTECTED), Reply.json(200, "{\"simulator\":\"x\"}"))
                .on("POST", "/__simulator/reset", Reply.status(204));

        Optional<SimulatorControl> control = SimulatorControl.detect(stub.baseUri(), WITH_TOKEN);
        control.orElseThrow().reset();

        assertThat(stub.requests()).extracting(r -> r.header("Authorization"))
                .containsExactly(null, "Bearer " + TOKEN, "Bearer " + TOKEN);
    }

    @Test
    void detect_aProtectedSimulator_withoutAToken_isTreatedAsATenant() {
        stub.on("GET", "/__simulator/info", Reply.json(401, PROTECTED));

        assertThat(SimulatorControl.detect(stub.baseUri(), Optional.empty())).isEmpty();
    }

    @Test
    void detect_aRefusedToken_failsWithOneLineThatDoesNotRepeatIt() {
        stub.on("GET", "/__simulator/info", Reply.json(401, PROTECTED));

        assertThatThrownBy(() -> SimulatorControl.detect(stub.baseUri(), WITH_TOKEN))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("refused the control token of SAIL_SIMULATOR_CONTROL_TOKEN")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void detect_aTargetThatIsNoSimulator_neverReceivesTheToken() {
        stub.on("GET", "/__simulator/info", Reply.json(401, "{\"error\":\"JWT validation failed\"}"));

        assertThat(SimulatorControl.detect(stub.baseUri(), WITH_TOKEN)).isEmpty();
        assertThat(stub.requests()).hasSize(1).allSatisfy(r -> assertThat(r.header("Authorization")).isNull());
    }

    @Test
    void theToken_isInNeitherToStringNorAFailedCallsException() {
        SimulatorControl control = new SimulatorControl(stub.baseUri(), WITH_TOKEN.orElseThrow());
        stub.on("POST", "/__simulator/reset", Reply.json(401, PROTECTED));

        assertThat(control.toString()).doesNotContain(TOKEN).contains("<redacted>");
        assertThatThrownBy(control::reset).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(e.toString()).doesNotContain(TOKEN))
                .satisfies(e -> assertThat(((ApiException) e).headers().toString()).doesNotContain(TOKEN));
    }

    @Test
    void aRealProtectedSimulatorOnEveryInterface_isFoundAndDrivenThroughLoopback() {
        ClientRegistration ci = new ClientRegistration("ci", "ci-own-secret", Set.of(Scopes.READ, Scopes.MANAGE));
        try (ReportsSimulator sim = ReportsSimulator.start(SimulatorConfig.builder().host("0.0.0.0")
                .controlToken(TOKEN).clients(List.of(ci)).requestLog(false).build())) {
            URI baseUri = URI.create(sim.baseUrl());

            SimulatorControl control = SimulatorControl.detect(baseUri, WITH_TOKEN).orElseThrow();
            control.setDefects(List.of());
            control.reset();

            assertThat(control.tasks()).isEmpty();
            assertThat(SimulatorControl.detect(baseUri, Optional.empty())).isEmpty();
            assertThatThrownBy(() -> SimulatorControl.detect(baseUri, token(TOKEN + "-wrong")))
                    .isInstanceOf(ConfigurationException.class);
        }
    }

    private static Optional<SimulatorControlToken> token(String value) {
        return SimulatorControlToken.resolve(Settings.of(Map.of(Settings.SIMULATOR_CONTROL_TOKEN, value), Map.of()));
    }
}
