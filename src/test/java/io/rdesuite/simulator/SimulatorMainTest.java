package io.rdesuite.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulator as a program, run in a child JVM: banner, client lines, flags, exit codes, SIGTERM. What it
 * refuses beyond loopback, and the control token: {@link SimulatorMainExposureTest}.
 */
class SimulatorMainTest {

    private static final Pattern BANNER = Pattern.compile("Reports API simulator listening on (http://127\\.0\\.0\\.1:(\\d+))");

    @Test
    void start_printsTheBannerAndTheClientsButNoSecret_andSigtermExits0() throws Exception {
        Process process = start("--port", "0", "--quiet");
        try (BufferedReader out = reader(process)) {
            String banner = out.readLine();
            String exposure = out.readLine();
            List<String> clients = List.of(out.readLine(), out.readLine(), out.readLine());

            assertThat(banner).matches(BANNER);
            assertThat(exposure).isEqualTo("  loopback only: the API; control API open");
            assertThat(clients.get(0)).matches("  client demo-manage scopes (sp:report:read,sp:report:manage|sp:report:manage,sp:report:read)");
            assertThat(clients.subList(1, 3)).containsExactly(
                    "  client demo-read scopes sp:report:read",
                    "  client demo-none scopes sp:scopes:default");
            assertThat(String.join("\n", clients)).doesNotContain("secret");
            assertThat(request(banner).get("/__simulator/info").statusCode()).isEqualTo(200);

            process.destroy();

            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void clientFlag_replacesTheDemoClients() throws Exception {
        Process process = start("--port", "0", "--quiet", "--client", "ci:s3cret:sp:report:read,sp:report:manage");
        try (BufferedReader out = reader(process)) {
            String banner = out.readLine();
            out.readLine();
            String client = out.readLine();

            assertThat(client).startsWith("  client ci scopes ");
            assertThat(client.substring("  client ci scopes ".length()).split(","))
                    .containsExactlyInAnyOrder("sp:report:read", "sp:report:manage");
            assertThat(client).doesNotContain("s3cret");
            assertThat(token(banner, "ci", "s3cret")).isEqualTo(200);
            assertThat(token(banner, "demo-manage", "demo-manage-secret")).isEqualTo(401);
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
            process.destroyForcibly();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--rate-limit 5", "--port abc", "--client nocolon", "--report-duration soon",
        "--defect NO_SUCH_DEFECT"})
    void badFlag_exits2WithUsageAndNoStackTrace(String flags) throws Exception {
        List<String> args = new ArrayList<>(List.of("--quiet"));
        args.addAll(List.of(flags.split(" ")));

        Process process = start(args.toArray(String[]::new));
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(stderr).contains("Usage: reports-simulator");
        assertThat(stderr).doesNotContain("Exception", "\tat ");
    }

    @Test
    void unknownFlag_exits2AndSuggestsAKnownOne() throws Exception {
        Process process = start("--no-such-flag");
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(stderr).contains("Unknown option: '--no-such-flag'").doesNotContain("Exception");
    }

    @Test
    void clientFlagError_doesNotEchoTheSecret() throws Exception {
        Process process = start("--client", "ci:topsecret");
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(stderr).contains("ci:***").doesNotContain("topsecret");
    }

    @Test
    void help_exits0WithUsage() throws Exception {
        Process process = start("--help");
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(stdout).contains("Usage: reports-simulator", "--rate-limit", "--client");
    }

    static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                SimulatorMain.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static RequestSpecification request(String banner) {
        Matcher m = BANNER.matcher(banner);
        assertThat(m.matches()).isTrue();
        return RestAssured.given(new RequestSpecBuilder().setBaseUri(m.group(1)).build());
    }

    private static int token(String banner, String clientId, String secret) {
        return request(banner).contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret).post("/oauth/token").statusCode();
    }
}
