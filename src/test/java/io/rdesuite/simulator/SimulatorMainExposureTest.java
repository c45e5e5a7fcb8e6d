package io.rdesuite.simulator;

import static io.rdesuite.simulator.SimulatorMainTest.reader;
import static io.rdesuite.simulator.SimulatorMainTest.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The program beyond loopback: it refuses to start with an open control API or the demo clients (exit 2, one
 * line, before binding), and started safely it says what it exposes and never prints the control token. Only
 * 127.0.0.1 is ever connected to.
 */
class SimulatorMainExposureTest {

    private static final String TOKEN = "cli-control-token-5f1d2c9a7e";
    private static final Pattern WILDCARD_BANNER =
            Pattern.compile("Reports API simulator listening on http://0\\.0\\.0\\.0:(\\d+)");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--client ci:ci-own-secret:sp:report:read"
                + " | add --control-token-file FILE (or --control-token TOKEN) or --no-control-api",
        "--no-control-api | name at least one client with --client ID:SECRET:SCOPES",
        "--control-token " + TOKEN + " --client demo-read:demo-read-secret:sp:report:read"
                + " | give each --client a secret of its own"})
    void wildcardHost_withoutProtectionOrOwnClients_exits2WithOneLine_beforeBinding(String flags, String says)
            throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            List<String> args = new ArrayList<>(List.of("--quiet", "--host", "0.0.0.0",
                    "--port", Integer.toString(taken.getLocalPort())));
            args.addAll(List.of(flags.split(" ")));

            Process process = start(args.toArray(String[]::new));
            String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("exit 2, not 1: refused before trying the taken port").isEqualTo(2);
            assertThat(stderr.strip()).doesNotContain("\n")
                    .startsWith("reports-simulator: refusing to listen on 0.0.0.0, which is not loopback: ")
                    .contains(says)
                    .doesNotContain("Exception", "\tat ", "Usage", TOKEN);
            assertThat(stdout).isEmpty();
        }
    }

    @Test
    void protectedWildcardBind_printsTheUsualAddressAndWhatIsExposed_andNeverTheToken() throws Exception {
        Process process = start("--port", "0", "--host", "0.0.0.0", "--control-token", TOKEN,
                "--client", "ci:ci-own-secret-7:sp:report:read,sp:report:manage");
        try (BufferedReader out = reader(process)) {
            String banner = out.readLine();
            String exposure = out.readLine();
            out.readLine();
            Matcher m = WILDCARD_BANNER.matcher(banner);
            assertThat(m.matches()).as(banner).isTrue();
            RequestSpecification loopback = at("http://127.0.0.1:" + m.group(1));

            Response withoutToken = loopback.get("/__simulator/info");
            int wrongToken = loopback.header("Authorization", "Bearer " + TOKEN + "0").get("/__simulator/info")
                    .statusCode();
            int withToken = at("http://127.0.0.1:" + m.group(1)).header("Authorization", "Bearer " + TOKEN)
                    .get("/__simulator/info").statusCode();

            assertThat(exposure).isEqualTo("  exposed on all interfaces: the API; control API protected by a token");
            assertThat(withoutToken.statusCode()).isEqualTo(401);
            assertThat(withoutToken.<String>path("simulator")).isEqualTo("reports-api-simulator");
            assertThat(wrongToken).isEqualTo(401);
            assertThat(withToken).isEqualTo(200);
            assertThat(token(m.group(1), "demo-manage", "demo-manage-secret")).isEqualTo(401);
            assertThat(token(m.group(1), "ci", "ci-own-secret-7")).isEqualTo(200);

            process.toHandle().destroy();   // SIGTERM; Process.destroy() would also close the streams still to read
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            String rest = readRest(out) + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(rest).as("the request log ran").contains("GET /__simulator/info 401", "/__simulator/info 200");
            assertThat(banner + exposure + rest).doesNotContain(TOKEN);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aTooShortControlToken_exits2WithoutRepeatingIt() throws Exception {
        Process process = start("--quiet", "--control-token", "short-one");
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(stderr).contains("at least 16 characters").doesNotContain("short-one", "Exception");
    }

    @Test
    void controlTokenFile_isReadWithoutItsLineEnd(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("token"), TOKEN + "\n");

        SimulatorConfig config = parse("--control-token-file", file.toString());

        assertThat(config.controlToken()).isNotNull();
        assertThat(config.controlToken().admits("Bearer " + TOKEN)).isTrue();
    }

    @Test
    void controlTokenFlags_thatCannotBeUsed_areRefusedWithoutRepeatingTheToken(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty"), "\n");

        assertThatThrownBy(() -> parse("--control-token-file", dir.resolve("missing").toString()))
                .hasMessageContaining("--control-token-file: cannot read").hasMessageContaining("missing");
        assertThatThrownBy(() -> parse("--control-token-file", empty.toString()))
                .hasMessageContaining("at least 16 characters");
        assertThatThrownBy(() -> parse("--control-token", TOKEN, "--control-token-file", empty.toString()))
                .hasMessage("give --control-token or --control-token-file, not both");
        assertThatThrownBy(() -> parse("--control-token", TOKEN, "--no-control-api"))
                .hasMessageContaining("no use with --no-control-api").hasMessageNotContaining(TOKEN);
    }

    private static SimulatorConfig parse(String... args) {
        SimulatorMain main = new SimulatorMain();
        new CommandLine(main).parseArgs(args);
        return main.config();
    }

    private static RequestSpecification at(String baseUrl) {
        return RestAssured.given(new RequestSpecBuilder().setBaseUri(baseUrl).build());
    }

    private static int token(String port, String clientId, String secret) {
        return at("http://127.0.0.1:" + port).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret).post("/oauth/token").statusCode();
    }

    private static String readRest(BufferedReader out) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            text.append(line).append('\n');
        }
        return text.toString();
    }
}
