package io.rdesuite.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.choices.OpenChoice;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Durations;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.model.TaskResultDetails;
import io.rdesuite.client.ReportsClient;
import io.rdesuite.client.TokenProvider;
import io.rdesuite.simulator.ClientRegistration;
import io.rdesuite.simulator.auth.TokenService;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import io.rdesuite.simulator.ReportsSimulator;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.simulator.SimulatorSettings;
import io.rdesuite.support.SuiteTarget;
import io.rdesuite.verdict.Profile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Calibration without a tenant: a simulator with a non-default choice for every assumption that has a setting
 * stands in for the tenant. Its recorded probes, compared with a default simulator, differ in exactly the changed
 * rows; the settings calibrated from the recording give those choices back; a simulator loaded with them differs
 * in none. The recording holds none of the stand-in's secrets, tokens, ids, address or file values. Tables and
 * files go to target/calibration-test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalibrationRoundTripTest {

    static final Path OUT = Path.of("target/calibration-test");

    /** The stand-in's choices: for every row calibration settles, the registry's first value that is not the default. */
    private static final String STAND_IN = standIn();

    private static String standIn() {
        ObjectNode s = Recording.MAPPER.createObjectNode();
        for (AssumptionRow row : AssumptionRow.values()) {
            row.choice().filter(c -> row.setting().isPresent()).ifPresent(c -> {
                String[] path = c.key().split("\\.");
                ObjectNode parent = path.length == 1 ? s : s.has(path[0]) ? (ObjectNode) s.get(path[0])
                        : s.putObject(path[0]);
                parent.set(path[path.length - 1], Recording.MAPPER.valueToTree(c.json(c.others().get(0))));
            });
        }
        s.set("csvHeaders", Recording.MAPPER.createObjectNode().set("IDENTITIES", Recording.MAPPER.valueToTree(
                List.of("Identity ID", "Name", "Department", "Email"))));
        return s.toString();
    }

    private static final Pattern HEX_ID = Pattern.compile("(?i)[0-9a-f]{32}");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}");

    private Recording recording;
    private Set<String> changedKeys;
    /** What the stand-in holds that no recording may: client ids and secrets, report ids, CSV cells, address. */
    private final List<String> secrets = new ArrayList<>();

    @BeforeAll
    void recordTheStandIn() throws Exception {
        Path file = Recording.write(OUT.resolve("stand-in-settings.json"), Recording.MAPPER.readTree(STAND_IN));
        SimulatorConfig.Builder standInConfig = SimulatorSettings.apply(file, SimulatorConfig.builder().requestLog(false));
        changedKeys = new TreeSet<>(Recording.MAPPER.readTree(STAND_IN).properties().stream()
                .map(java.util.Map.Entry::getKey).toList());
        try (ReportsSimulator standIn = ReportsSimulator.start(standInConfig.build())) {
            recording = ScenarioReplay.run(ScenarioReplay.Plan.ofClass(AssumptionProbes.class, List.of(ApiVersion.V3)),
                    SuiteTarget.forSimulator(standIn)).recording();
            collectSecrets(SuiteTarget.forSimulator(standIn), standIn.baseUrl());
        }
        recording.write(OUT.resolve("stand-in-recording.json"));
    }

    @Test
    void comparedWithTheDefaultSimulator_differsInExactlyTheChangedRows() {
        Fidelity fidelity = Calibrate.replay(recording, Optional.empty());
        print("before calibration", fidelity);

        assertThat(new TreeSet<>(fidelity.rows())).isEqualTo(rowsOf(changedKeys));
        assertThat(fidelity.notModelled()).as("differences the simulator cannot express").isZero();
        assertThat(fidelity.differences()).as("the stand-in's CSV columns")
                .anyMatch(d -> d.aspect().equals(Fidelity.CSV_HEADER + "IDENTITIES"));
    }

    @Test
    void calibratedSettings_giveTheStandInsChoicesBack_andLeaveNoDifference() throws Exception {
        Calibration calibration = Calibration.of(recording, Optional.empty());
        Path calibrated = Recording.write(OUT.resolve("calibrated-settings.json"), calibration.settings());
        ObjectNode s = calibration.settings();

        JsonNode standIn = Recording.MAPPER.readTree(STAND_IN);
        for (OpenChoice c : OpenChoice.values()) {
            JsonNode given = standIn.at("/" + c.key().replace('.', '/'));
            if (!given.isMissingNode() && c != OpenChoice.REPORT_TIMING) {
                assertThat(c.same(s.at("/" + c.key().replace('.', '/')).asText(), given.asText()))
                        .as("%s calibrated as %s", c.row(), s.at("/" + c.key().replace('.', '/'))).isTrue();
            }
        }
        assertThat(s.path("csvHeaders")).isEqualTo(Recording.MAPPER.readTree(STAND_IN).get("csvHeaders"));
        assertThat(Durations.parse(s.path("reportDuration").asText())).isBetween(Duration.ofMillis(900),
                Duration.ofMillis(2000));
        assertThat(s.properties().stream().map(java.util.Map.Entry::getKey).collect(Collectors.toSet()))
                .as("every changed choice is settled").containsAll(changedKeys);

        Profile profile = Profile.read(calibrated);
        assertThat(profile.pinned().keySet()).as("the calibrated file, read as a tenant profile, pins every row "
                + "the stand-in changed").containsAll(Arrays.stream(AssumptionRow.values())
                .filter(r -> r.setting().filter(changedKeys::contains).isPresent()).flatMap(r -> r.choice().stream())
                .toList());

        Fidelity after = Calibrate.replay(recording, Optional.of(calibrated));
        print("after calibration", after);
        assertThat(after.differences()).as("differences after calibration").isEmpty();
    }

    @Test
    void recording_holdsNoSecretTokenRawIdHostOrFileValue() throws Exception {
        String text = Files.readString(OUT.resolve("stand-in-recording.json"));

        assertThat(HEX_ID.matcher(text).results().map(MatchResult::group).toList()).as("raw ids").isEmpty();
        assertThat(JWT.matcher(text).results().map(MatchResult::group).toList()).as("tokens").isEmpty();
        assertThat(text).doesNotContain("127.0.0.1").doesNotContain("localhost").doesNotContain(TokenService.POD)
                .doesNotContain(TokenService.ORG);
        for (String secret : secrets) {
            assertThat(text).as("a value the stand-in holds").doesNotContain(secret);
        }
    }

    /** The clients' ids and secrets, every report id, the cells of the CSV the probes downloaded, the address. */
    private void collectSecrets(SuiteTarget standIn, String baseUrl) {
        for (ClientRegistration c : ClientRegistration.DEMO_CLIENTS) {
            secrets.add(c.clientId());
            secrets.add(c.secret());
        }
        secrets.add(URI.create(baseUrl).getAuthority());
        List<TaskResultDetails> tasks = standIn.control().orElseThrow().tasks();
        tasks.forEach(t -> secrets.add(t.id()));
        ReportsClient client = ReportsClient.builder(standIn.config().baseUri())
                .tokenProvider(TokenProvider.forTarget(standIn.config())).build();
        TaskResultDetails identities = tasks.stream().filter(t -> t.reportType() == ReportType.IDENTITIES)
                .findFirst().orElseThrow();
        client.getReport(identities.id(), FileFormat.CSV).csvRecords().stream().skip(1).flatMap(List::stream)
                .filter(v -> v.length() >= 5).forEach(secrets::add);
        assertThat(secrets).as("values to look for").hasSizeGreaterThan(ClientRegistration.DEMO_CLIENTS.size() * 2 + 3);
    }

    private static Set<String> rowsOf(Set<String> keys) {
        return Arrays.stream(AssumptionRow.values()).filter(r -> r.setting().filter(keys::contains).isPresent())
                .map(AssumptionRow::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void print(String title, Fidelity fidelity) {
        String text = FidelityReport.text("Fidelity " + title, fidelity);
        System.out.println(text);
        FidelityReport.writeJson(OUT.resolve("fidelity-" + title.replace(' ', '-') + ".json"), fidelity,
                java.util.Map.of());
    }
}
