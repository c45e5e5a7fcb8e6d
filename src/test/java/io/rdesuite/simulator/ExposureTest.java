package io.rdesuite.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdesuite.api.Scopes;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The library's rules for listening beyond loopback: no configuration with an open control API or a demo client
 * can be built for such an address, so embedding cannot bypass what the program refuses. Nothing here sends
 * traffic anywhere but 127.0.0.1.
 */
class ExposureTest {

    private static final String TOKEN = "control-token-for-tests-0123456789";
    private static final ClientRegistration CI = new ClientRegistration("ci", "ci-own-secret",
            Set.of(Scopes.READ, Scopes.MANAGE));

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "127.255.255.254", "::1", "[::1]", "0:0:0:0:0:0:0:1",
        "localhost", "LocalHost"})
    void loopbackAddresses_areLoopback(String host) {
        assertThat(Exposure.isLoopback(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "[::]", "10.0.0.5", "192.168.1.20", "128.0.0.1", "126.255.255.255",
        "::2", "127.0.0.1.example.com", "localhost.example.com", "example.com", ""})
    void everythingElse_isNotLoopback(String host) {
        assertThat(Exposure.isLoopback(host)).isFalse();
    }

    @Test
    void wildcard_withDefaults_cannotBeBuilt_andTheMessageSaysWhatToAdd() {
        assertThatThrownBy(() -> SimulatorConfig.builder().host("0.0.0.0").build())
                .isInstanceOfSatisfying(UnsafeExposureException.class, e -> assertThat(e.missing())
                        .containsExactlyInAnyOrder(Exposure.Missing.CONTROL_API_PROTECTION,
                                Exposure.Missing.OWN_CLIENTS))
                .hasMessage("the simulator would listen on 0.0.0.0, which is not loopback: protect the control API "
                        + "with controlToken(...) or turn it off with controlApi(false), and name its clients with "
                        + "clients(...), none with a demo client's published secret");
    }

    @Test
    void networkAddress_withOwnClientsButAnOpenControlApi_cannotBeBuilt() {
        assertThatThrownBy(() -> SimulatorConfig.builder().host("10.0.0.5").clients(List.of(CI)).build())
                .isInstanceOfSatisfying(UnsafeExposureException.class, e -> assertThat(e.missing())
                        .containsExactly(Exposure.Missing.CONTROL_API_PROTECTION));
    }

    @Test
    void networkAddress_withAProtectedControlApiButTheDemoClients_cannotBeBuilt() {
        assertThatThrownBy(() -> SimulatorConfig.builder().host("::").controlToken(TOKEN).build())
                .isInstanceOfSatisfying(UnsafeExposureException.class, e -> assertThat(e.missing())
                        .containsExactly(Exposure.Missing.OWN_CLIENTS));
    }

    @Test
    void aDemoSecretNamedOnPurpose_isRefusedToo_butADemoIdWithItsOwnSecretIsNot() {
        ClientRegistration demo = ClientRegistration.DEMO_CLIENTS.get(0);
        ClientRegistration renamedSecret = new ClientRegistration(demo.clientId(), "not-the-published-one",
                demo.scopes());

        assertThatThrownBy(() -> SimulatorConfig.builder().host("0.0.0.0").controlApi(false)
                .clients(List.of(CI, demo)).build()).isInstanceOf(UnsafeExposureException.class);
        assertThat(SimulatorConfig.builder().host("0.0.0.0").controlApi(false).clients(List.of(renamedSecret))
                .build().host()).isEqualTo("0.0.0.0");
    }

    @Test
    void aLoopbackConfig_cannotBeMovedOntoTheNetworkThroughToBuilder() {
        SimulatorConfig loopback = SimulatorConfig.builder().build();

        assertThatThrownBy(() -> loopback.toBuilder().host("0.0.0.0").build())
                .isInstanceOf(UnsafeExposureException.class);
    }

    @Test
    void loopback_needsNeitherATokenNorOwnClients() {
        assertThat(SimulatorConfig.builder().host("localhost").build().controlToken()).isNull();
        assertThat(SimulatorConfig.builder().host("::1").build().clients()).isEqualTo(ClientRegistration.DEMO_CLIENTS);
    }

    @Test
    void theControlToken_isNeverShownByTheConfig() {
        SimulatorConfig config = SimulatorConfig.builder().controlToken(TOKEN).build();

        assertThat(config.toString()).doesNotContain(TOKEN).contains("controlToken=ControlToken[<redacted>]");
    }

    @Test
    void describe_saysWhatIsExposedWhere() {
        SimulatorConfig.Builder network = SimulatorConfig.builder().clients(List.of(CI));

        assertThat(Exposure.describe(SimulatorConfig.builder().build()))
                .isEqualTo("loopback only: the API; control API open");
        assertThat(Exposure.describe(network.host("0.0.0.0").controlToken(TOKEN).build()))
                .isEqualTo("exposed on all interfaces: the API; control API protected by a token");
        assertThat(Exposure.describe(network.host("10.0.0.5").controlToken(null).controlApi(false).build()))
                .isEqualTo("exposed on 10.0.0.5: the API; control API off");
    }

    @Test
    void wildcardBind_listensInTheUsualSpelling_andItsBaseUrlConnectsThroughLoopback() {
        try (ReportsSimulator sim = ReportsSimulator.start(SimulatorConfig.builder().host("0.0.0.0")
                .controlToken(TOKEN).clients(List.of(CI)).requestLog(false).build())) {
            assertThat(sim.listenUrl()).isEqualTo("http://0.0.0.0:" + sim.port());
            assertThat(sim.baseUrl()).isEqualTo("http://127.0.0.1:" + sim.port());
            assertThat(at(sim.baseUrl()).header("Authorization", "Bearer " + TOKEN)
                    .get("/__simulator/info").<String>path("baseUrl")).isEqualTo(sim.baseUrl());
        }
    }

    @Test
    void loopbackBind_listensAndConnectsAtTheSameAddress() {
        try (ReportsSimulator sim = ReportsSimulator.start(SimulatorConfig.builder().requestLog(false).build())) {
            assertThat(sim.baseUrl()).isEqualTo(sim.listenUrl()).isEqualTo("http://127.0.0.1:" + sim.port());
        }
    }

    private static RequestSpecification at(String baseUrl) {
        return RestAssured.given(new RequestSpecBuilder().setBaseUri(baseUrl).build());
    }
}
