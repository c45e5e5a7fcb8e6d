package io.rdesuite.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdesuite.config.ClientCredentials;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnreachableTargetTest {

    private URI closedPort;

    @BeforeEach
    void findAClosedLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    @Test
    void tokenRequest_toAClosedPort_failsFastNamingTheAddress() {
        TokenProvider provider = TokenProvider.forCredentials(closedPort, new ClientCredentials("c", "secret"));
        long start = System.nanoTime();

        assertThatThrownBy(provider::accessToken)
                .isInstanceOf(TargetUnreachableException.class)
                .hasMessage("Cannot reach " + closedPort + " (POST /oauth/token): Connection refused");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void apiCall_toAClosedPort_namesTheOperation() {
        ReportsClient client = ReportsClient.builder(closedPort).tokenProvider(new StaticTokenProvider("t")).build();

        assertThatThrownBy(() -> client.getReportResult("abc"))
                .isInstanceOf(TargetUnreachableException.class)
                .hasMessageStartingWith("Cannot reach " + closedPort + " (GET /v3/reports/{taskResultId}/result)");
    }

    @Test
    void simulatorDetection_onAClosedPort_findsNoSimulator() {
        assertThat(SimulatorControl.detect(closedPort)).isEmpty();
    }
}
