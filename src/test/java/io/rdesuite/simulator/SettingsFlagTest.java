package io.rdesuite.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.Assumptions.CheckOrder;
import io.rdesuite.simulator.reports.Outcome;
import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** --settings FILE and the flags of the open choices, in process: flags given win over the file; bad input exits 2. */
class SettingsFlagTest {

    @TempDir
    Path dir;

    @Test
    void choiceFlags_setTheAssumptions() {
        SimulatorMain main = parse("--cancel-unknown-id", "204", "--cancel-finished", "404",
                "--get-report-before-completion", "400", "--check-order", "forbidden-first");

        assertThat(main.config().assumptions())
                .isEqualTo(new Assumptions(204, 404, 400, CheckOrder.FORBIDDEN_FIRST));
    }

    @Test
    void noChoiceFlags_keepTheDefaults() {
        assertThat(parse().config().assumptions()).isEqualTo(Assumptions.DEFAULT);
    }

    @Test
    void flagsGiven_winOverTheFile_theFileOverTheFlagsDefaults() throws IOException {
        Path file = Files.writeString(dir.resolve("s.json"), "{\"reportDuration\":\"7s\",\"seed\":7,"
                + "\"cancelFinished\":404,\"checkOrder\":\"FORBIDDEN_FIRST\",\"outcomes\":{\"ACCOUNTS\":\"ERROR\","
                + "\"IDENTITIES\":\"WARNING\"},\"rateLimits\":{\"default\":\"9/9s\",\"escalation\":true}}");

        SimulatorConfig config = parse("--settings", file.toString(), "--seed", "9", "--cancel-finished", "400",
                "--outcome", "ACCOUNTS=TEMP_ERROR", "--rate-limit", "off").config();

        assertThat(config.seed()).isEqualTo(9);
        assertThat(config.assumptions()).isEqualTo(new Assumptions(400, 400, 404, CheckOrder.FORBIDDEN_FIRST));
        assertThat(config.outcomes()).isEqualTo(Map.of(ReportType.ACCOUNTS, Outcome.TEMP_ERROR));
        assertThat(config.rateLimit().toString()).isEqualTo("off");
        assertThat(config.rateLimitEscalation()).isTrue();
        assertThat(config.reportDuration()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void readOnlyClientsInTheFile_areANote() throws IOException {
        Path file = Files.writeString(dir.resolve("c.json"), "{\"clients\":[{\"clientId\":\"demo-read\"}]}");
        SimulatorMain main = parse("--settings", file.toString());

        main.config();

        assertThat(main.settingsFlags.notes()).singleElement().asString().startsWith("'clients' is read-only");
    }

    @Test
    void aBadSettingsFile_exits2WithOneLineAndNoUsage() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"cancelUnknownId\":500}");

        String err = execute("--port", "0", "--settings", file.toString());

        assertThat(err).isEqualTo("--settings " + file + ": 'cancelUnknownId' takes 400, 404 or 204, not 500"
                + System.lineSeparator());
    }

    @Test
    void aMissingSettingsFile_exits2WithOneLine() {
        String err = execute("--port", "0", "--settings", dir.resolve("none.json").toString());

        assertThat(err.lines()).containsExactly("--settings " + dir.resolve("none.json") + ": no such file");
    }

    @Test
    void aBadChoiceFlag_exits2NamingTheFlagAndItsValues() {
        String err = execute("--port", "0", "--check-order", "sideways");

        assertThat(err.lines().findFirst()).contains("--check-order takes RATE_LIMIT_FIRST or FORBIDDEN_FIRST "
                + "(rate-limit-first, forbidden-first), not 'sideways'");
        assertThat(err).doesNotContain("Exception", "\tat ");
    }

    @Test
    void theProgram_startsFromTheFile_notesTheReadOnlyClients_andShowsTheFilesValues() throws Exception {
        Path file = Files.writeString(dir.resolve("p.json"), "{\"cancelUnknownId\":204,\"clients\":[]}");
        Process process = SimulatorMainTest.start("--port", "0", "--quiet", "--settings", file.toString());
        try (BufferedReader out = SimulatorMainTest.reader(process)) {
            String banner = out.readLine();
            List<String> lines = List.of(out.readLine(), out.readLine(), out.readLine(), out.readLine(), out.readLine(),
                    out.readLine());
            String baseUrl = banner.substring(banner.indexOf("http://"));

            assertThat(lines).contains("  settings: 'clients' is read-only (clients are set when the simulator "
                    + "starts): ignored");
            assertThat(RestAssured.given().baseUri(baseUrl).get("/__simulator/settings").<Integer>path("cancelUnknownId"))
                    .isEqualTo(204);
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
            process.destroyForcibly();
        }
    }

    private static SimulatorMain parse(String... args) {
        SimulatorMain main = new SimulatorMain();
        new CommandLine(main).parseArgs(args);
        return main;
    }

    /** Runs the program, which must end with exit code 2; answers what it wrote to stderr. */
    private static String execute(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SimulatorMain()).setErr(new PrintWriter(err));

        int exit = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cli.execute(args));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
        return err.toString();
    }
}
