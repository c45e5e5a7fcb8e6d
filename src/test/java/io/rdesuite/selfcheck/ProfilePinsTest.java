package io.rdesuite.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.simulator.SimulatorSettings;
import io.rdesuite.support.SuiteTarget;
import io.rdesuite.support.SuiteVersions;
import io.rdesuite.verdict.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * A tenant profile pinned to the simulator's defaults holds a target to them: a simulator with other honest values
 * fails exactly the scenarios that observe those rows, each with its one line, and nothing else. The table of what
 * fails is written by hand, not derived from the registry. Each run sets one non-default value per row at once
 * (every failure's line names its row, so the runs are shared), against the scenarios that observe a row.
 */
@DisplayName("A profile pins the open choices: each other value fails exactly the scenarios that observe its row")
class ProfilePinsTest {

    static final String PROFILE = "simulator-defaults.json";
    private static final String DEFAULTS = """
            {"runningResultView": "OMIT_STATUS", "cancelFinished": 204, "cancelUnknownId": 400,
             "getReportBeforeCompletion": 404, "csvContentType": "application/csv", "checkOrder": "RATE_LIMIT_FIRST",
             "versionsShareState": true, "rateLimits": {"perVersion": true}}""";

    @TempDir
    static Path dir;

    @AfterEach
    void forgetTheProfile() {
        System.clearProperty(Profile.PROPERTY);
        Profile.forget();
    }

    /**
     * settings: the simulator's; versions: those of the run; failures: "row count line" separated by ';', every
     * failure of the run (the line is the first, in alphabetical order, of that row's).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cancelFinished 400, cancelUnknownId 404, getReportBeforeCompletion 400, csvContentType text/csv, runningResultView EMPTY | {"cancelFinished": 400, "cancelUnknownId": 404, "getReportBeforeCompletion": 400, "csvContentType": "text/csv", "runningResultView": "EMPTY"} | v3 | running-result 1 running-result: this target showed EMPTY for a report still running; the profile says OMIT_STATUS (simulator-defaults.json); cancel-finished 1 cancel-finished: this target answered 400 to a cancel of a finished report; the profile says 204 (simulator-defaults.json); cancel-unknown 1 cancel-unknown: this target answered 404 to a cancel of a well-formed id that names no report; the profile says 400 (simulator-defaults.json); get-before-completion 1 get-before-completion: this target answered 400 to getReport of a report still running; the profile says 404 (simulator-defaults.json); csv-content-type 6 csv-content-type: this target showed text/csv as the media type of a CSV file; the profile says application/csv (simulator-defaults.json)
            cancelFinished 404, cancelUnknownId 204, checkOrder FORBIDDEN_FIRST                            | {"cancelFinished": 404, "cancelUnknownId": 204, "checkOrder": "FORBIDDEN_FIRST"}                                     | v3 | cancel-finished 1 cancel-finished: this target answered 404 to a cancel of a finished report; the profile says 204 (simulator-defaults.json); cancel-unknown 1 cancel-unknown: this target answered 204 to a cancel of a well-formed id that names no report; the profile says 400 (simulator-defaults.json); check-order 1 check-order: this target showed FORBIDDEN_FIRST (answered 403) to startReport from a read-only client over its limit; the profile says RATE_LIMIT_FIRST (simulator-defaults.json)
            versionsShareState false, rateLimits.perVersion false                                          | {"versionsShareState": false, "rateLimits": {"perVersion": false}}                                                  | v3 v1 | versions-share-state 6 versions-share-state: this target showed false to cancelReport (the report then still running) of a report started through v1 and used through v3; the profile says true (simulator-defaults.json); rate-limit-per-version 1 rate-limit-per-version: this target showed false to getReportResult through v1 right after a 429 through v3; the profile says true (simulator-defaults.json)
            """)
    void otherValues_failExactlyTheirObservers(String name, String settings, String versions, String expected)
            throws IOException {
        Path profile = Files.writeString(dir.resolve(PROFILE), DEFAULTS);
        Path simulatorSettings = Files.writeString(dir.resolve("simulator.json"), settings);
        System.setProperty(Profile.PROPERTY, profile.toString());
        Profile.forget();
        List<ApiVersion> pinned = List.of(versions.split(" ")).stream()
                .map(v -> ApiVersion.byLabel(v).orElseThrow()).toList();
        SimulatorConfig.Builder config = SimulatorSettings.apply(simulatorSettings, SimulatorConfig.builder()
                .requestLog(false).reportDuration(Duration.ofMillis(100)));

        NestedScenarioRun.Outcome outcome;
        try (SuiteTarget.Scope scope = SuiteVersions.use(pinned)) {
            outcome = NestedScenarioRun.run(name, observers(pinned.size() > 1), Optional.of("cancelReport"), config);
        }

        assertThat(byRow(outcome)).as("failures by row (%s)", outcome).isEqualTo(table(expected));
    }

    /** The scenarios that observe a row: in one version, or across versions. */
    private static List<DiscoverySelector> observers(boolean crossVersion) {
        String p = "io.rdesuite.scenarios.";
        if (crossVersion) {
            return List.of(DiscoverySelectors.selectClass(p + "crossversion.VersionsShareStateScenarios"),
                    DiscoverySelectors.selectClass(p + "crossversion.RateLimitPerVersionScenarios"));
        }
        return List.of(DiscoverySelectors.selectMethod(p + "cancelreport.CancelReportScenarios#answersAnUnknownId"),
                DiscoverySelectors.selectMethod(p + "getreport.GetReportScenarios#reportStillRunning"),
                DiscoverySelectors.selectMethod(p + "getreportresult.GetReportResultScenarios#runningReport"),
                DiscoverySelectors.selectMethod(p + "getreport.GetReportScenarios#downloadsEveryFormat"
                        + "(io.rdesuite.api.ReportType, java.lang.String)"),
                DiscoverySelectors.selectMethod(p + "gateway.RateLimitScenarios#rateLimited(io.rdesuite.api.Operation)"),
                DiscoverySelectors.selectMethod(p + "gateway.ForbiddenScenarios#checkOrder"));
    }

    /** "row count line" for each row that failed: how many failures name it, and the first of their lines. */
    private static Map<String, String> byRow(NestedScenarioRun.Outcome outcome) {
        Map<String, List<String>> lines = outcome.causes().stream().map(t -> String.valueOf(t.getMessage()).lines()
                .findFirst().orElse("")).collect(Collectors.groupingBy(l -> l.split(":")[0], TreeMap::new,
                Collectors.toList()));
        Map<String, String> rows = new TreeMap<>();
        lines.forEach((row, all) -> rows.put(row, all.size() + " " + all.stream().sorted().findFirst().orElseThrow()));
        return rows;
    }

    private static Map<String, String> table(String expected) {
        Map<String, String> rows = new TreeMap<>();
        for (String entry : expected.split("; (?=[a-z-]+ \\d+ )")) {
            String[] parts = entry.trim().split(" ", 2);
            rows.put(parts[0], parts[1]);
        }
        return rows;
    }
}
