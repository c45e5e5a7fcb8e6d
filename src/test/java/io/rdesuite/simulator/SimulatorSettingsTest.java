package io.rdesuite.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdesuite.api.Defect;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.Variant;
import io.rdesuite.simulator.Assumptions.CheckOrder;
import io.rdesuite.simulator.SimulatorConfig.RunningResultView;
import io.rdesuite.simulator.SimulatorSettings.SettingsException;
import io.rdesuite.simulator.reports.Outcome;
import io.rdesuite.simulator.reports.Retention;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The settings file: GET /__simulator/settings round-trips through it; bad input is one line naming the problem. */
class SimulatorSettingsTest {

    @TempDir
    Path dir;

    /** A simulator with every setting away from its default. */
    private static SimulatorConfig.Builder everythingChanged() {
        return SimulatorConfig.builder().requestLog(false)
                .reportDuration(Duration.ofMillis(1500))
                .outcome(ReportType.ACCOUNTS, Outcome.WARNING)
                .runningResultView(RunningResultView.EMPTY)
                .csvContentType("text/csv")
                .rateLimit(RateLimitSpec.parse("7/3s"))
                .clientRateLimit("demo-read", RateLimitSpec.parse("2/1s"))
                .rateLimitEscalation(true)
                .retention(new Retention(Duration.ofMinutes(30), 500))
                .tokenTtl(Duration.ofSeconds(120))
                .seed(7)
                .defect(Defect.CANCEL_IGNORED)
                .variant(Variant.EXTRA_FIELD)
                .cancelUnknownId(404)
                .cancelFinished(400)
                .getReportBeforeCompletion(400)
                .checkOrder(CheckOrder.FORBIDDEN_FIRST)
                .versionsShareState(false)
                .rateLimitPerVersion(false)
                .csvHeaders(Map.of("ACCOUNTS", List.of("Account ID", "Region")));
    }

    @Test
    void aFileOfGetSettings_roundTrips_everyKeyTakingEffect() throws IOException {
        Map<String, Object> changed = settingsOf(everythingChanged());
        Path file = Files.writeString(dir.resolve("settings.json"), JsonPath.from(asJson(changed)).prettify());

        Map<String, Object> loaded = settingsOf(SimulatorSettings.apply(file, SimulatorConfig.builder().requestLog(false)));

        assertThat(loaded).isEqualTo(changed);
        Map<String, Object> defaults = settingsOf(SimulatorConfig.builder().requestLog(false));
        changed.forEach((key, value) -> {
            if (!key.equals("clients")) {
                assertThat(value).as("the test changes '%s'", key).isNotEqualTo(defaults.get(key));
            }
        });
    }

    @Test
    void aFileWithSomeKeys_changesOnlyThose_andNotesThatClientsAreIgnored() throws IOException {
        Path file = Files.writeString(dir.resolve("some.json"),
                "{\"checkOrder\":\"forbidden-first\",\"clients\":[{\"clientId\":\"x\"}]}");

        SimulatorSettings settings = SimulatorSettings.read(file);
        SimulatorConfig config = settings.applyTo(SimulatorConfig.builder()).build();

        assertThat(config.assumptions()).isEqualTo(Assumptions.DEFAULT.withCheckOrder(CheckOrder.FORBIDDEN_FIRST));
        assertThat(config.reportDuration()).isEqualTo(SimulatorConfig.defaults().reportDuration());
        assertThat(config.clients()).isEqualTo(ClientRegistration.DEMO_CLIENTS);
        assertThat(settings.notes()).singleElement().asString().contains("'clients' is read-only");
    }

    @Test
    void theDocumentedExample_holdsEveryKeyOfGetWithItsDefault() {
        Path example = Path.of("docs/simulator-settings.example.json");
        Map<String, Object> defaults = settingsOf(SimulatorConfig.builder().requestLog(false));
        defaults.remove("clients");

        Map<String, Object> documented = JsonPath.from(example.toFile()).getMap("");

        assertThat(documented).isEqualTo(defaults);
        assertThat(SimulatorSettings.read(example).notes()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"cancelUnknownId\":500}|'cancelUnknownId' takes 400, 404 or 204, not 500",
        "{\"checkOrder\":3}|'checkOrder' takes a text, not 3",
        "{\"reportDuration\":\"soon\"}|'reportDuration': 'soon' is not a duration",
        "{\"tokenTtl\":\"0s\"}|'tokenTtl' must be positive, not '0s'",
        "{\"rateLimits\":{\"default\":\"5\"}}|'rateLimits.default': '5' is not a rate limit",
        "{\"defects\":[\"NO_SUCH\"]}|'defects': 'NO_SUCH' is not a known defect",
        "{\"variants\":\"EXTRA_FIELD\"}|'variants' takes an array of names, not \"EXTRA_FIELD\"",
        "{\"retention\":\"forever\"}|'retention': 'forever' is not a retention",
        "{\"csvContentType\":\"csv\"}|'csvContentType': 'csv' is not a media type",
        "{\"csvHeaders\":{\"ACCOUNT\":[\"a\"]}}|'csvHeaders': 'ACCOUNT' is not a report type",
        "{\"csvHeaders\":{\"ACCOUNTS\":[]}}|'csvHeaders': ACCOUNTS: expected a non-empty array of column names",
        "{\"colour\":\"blue\"}|unknown key 'colour'; the keys are reportDuration, outcomes, runningResultView,",
        "[1,2]|the settings must be a JSON object (as GET /__simulator/settings answers), not an array",
        "{\"seed\":1,\"seed\":2}|not JSON (line 1, column 17: Duplicate field 'seed')",
        "{\"seed\":|not JSON (line 1, column 9:"})
    void aBadFile_isOneLineNamingTheFileAndTheProblem(String content, String problem) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), content);

        assertThatThrownBy(() -> SimulatorSettings.read(file))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith(file + ": " + problem)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"))
                .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
    }

    @Test
    void aMissingFileOrAFolder_isOneLine() {
        assertThatThrownBy(() -> SimulatorSettings.read(dir.resolve("none.json")))
                .isInstanceOf(SettingsException.class).hasMessage(dir.resolve("none.json") + ": no such file");
        assertThatThrownBy(() -> SimulatorSettings.read(dir))
                .isInstanceOf(SettingsException.class).hasMessage(dir + ": is a folder, not a settings file");
    }

    private static Map<String, Object> settingsOf(SimulatorConfig.Builder builder) {
        try (ReportsSimulator sim = ReportsSimulator.start(builder.build())) {
            return RestAssured.given().baseUri(sim.baseUrl()).get("/__simulator/settings").jsonPath().getMap("");
        }
    }

    private static String asJson(Map<String, Object> map) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(map);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
