package io.rdesuite.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.support.AllureLabels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Proves from a generated Allure report's data that the report is the API's verdict: every test case comes from
 * the acceptance scenarios, the provider verification or the load simulations (never a project test: simulator,
 * client, configuration, consumer pacts, self-checks...), the suites are the API's operations per version
 * ("v3 startReport") and the load simulations, and so are the behaviours (by operation). Reads data/suites.json,
 * data/behaviors.json and data/test-cases/*.json of target/site/allure-maven-plugin.
 */
public final class ReportCheck {

    /** Where the API's results come from: scenarios and provider verification (failsafe), load (Gatling). */
    static final List<String> API_SOURCES = List.of("io.rdesuite.scenarios.", "io.rdesuite.contract.provider.",
            "io.rdesuite.load.simulations.", "io.rdesuite.explore.");
    static final String LOAD = "load simulations";
    /** The exploration's suite and epic (io.rdesuite.explore.ReportJobExploration: no matrix cell). */
    static final String EXPLORATION = "exploration";

    /** What the report holds: test cases per top-level suite, and what does not belong in it. */
    public record Findings(Map<String, Integer> casesBySuite, List<String> strangers) {

        public int cases() {
            return casesBySuite.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private ReportCheck() {
    }

    /** Argument: the report directory. */
    public static void main(String[] args) throws IOException {
        if (Boolean.getBoolean("skipTests") || Boolean.getBoolean("skipITs") || Boolean.getBoolean("maven.test.skip")) {
            System.out.println("[report-check] tests skipped: no report to check");
            return;
        }
        Findings findings = check(Path.of(args[0]));
        if (!findings.strangers().isEmpty()) {
            throw new IllegalStateException("The Allure report holds " + findings.strangers().size()
                    + " thing(s) that are not the API's results: " + findings.strangers());
        }
        if (findings.cases() == 0) {
            throw new IllegalStateException("The Allure report in " + args[0] + " holds no test case");
        }
        System.out.println("[report-check] " + findings.cases() + " test cases, all the API's: " + findings.casesBySuite());
    }

    static Findings check(Path report) throws IOException {
        Path data = report.resolve("data");
        List<String> strangers = new ArrayList<>();
        Map<String, Integer> bySuite = new TreeMap<>();
        Set<String> suiteNames = suiteNames();
        for (JsonNode suite : MatrixJson.JSON.readTree(data.resolve("suites.json").toFile()).path("children")) {
            String name = suite.path("name").asText();
            if (!suiteNames.contains(name)) {
                strangers.add("suite '" + name + "'");
            }
            bySuite.merge(name, leaves(suite), Integer::sum);
        }
        Set<String> epics = epics();
        for (JsonNode epic : MatrixJson.JSON.readTree(data.resolve("behaviors.json").toFile()).path("children")) {
            if (!epics.contains(epic.path("name").asText())) {
                strangers.add("behaviour '" + epic.path("name").asText() + "'");
            }
        }
        try (Stream<Path> cases = Files.list(data.resolve("test-cases"))) {
            for (Path file : cases.filter(f -> f.toString().endsWith(".json")).toList()) {
                String fullName = MatrixJson.JSON.readTree(file.toFile()).path("fullName").asText();
                if (API_SOURCES.stream().noneMatch(fullName::startsWith)) {
                    strangers.add("test '" + fullName + "'");
                }
            }
        }
        return new Findings(bySuite, strangers);
    }

    /**
     * The same rules applied to a run's raw results (allure-results/*-result.json), before a report is made from
     * them: each result's test comes from the API's sources, its suite label is an operation of a version (or the load
     * simulations) and its epic an operation; a result without a suite or an epic label is filed by Allure under its
     * test class or its bare name, not under the API, so it is a stranger too. A self-check reads a nested run's
     * results this way without making a report.
     */
    public static Findings checkResults(Path results) throws IOException {
        List<String> strangers = new ArrayList<>();
        Map<String, Integer> bySuite = new TreeMap<>();
        Set<String> suiteNames = suiteNames();
        Set<String> epics = epics();
        try (Stream<Path> files = Files.list(results)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).sorted().toList()) {
                JsonNode result = MatrixJson.JSON.readTree(file.toFile());
                String fullName = result.path("fullName").asText();
                String suite = label(result, "suite");
                String epic = label(result, "epic");
                if (API_SOURCES.stream().noneMatch(fullName::startsWith)) {
                    strangers.add("test '" + fullName + "'");
                }
                if (!suiteNames.contains(suite)) {
                    strangers.add("suite '" + suite + "' of '" + result.path("name").asText() + "'");
                }
                if (!epics.contains(epic)) {
                    strangers.add("behaviour '" + epic + "' of '" + result.path("name").asText() + "'");
                }
                bySuite.merge(String.valueOf(suite), 1, Integer::sum);
            }
        }
        return new Findings(bySuite, strangers);
    }

    /** The suites of the API's results: "v3 startReport" for every version and operation, and the load simulations. */
    private static Set<String> suiteNames() {
        return Stream.concat(Arrays.stream(ApiVersion.values()).flatMap(v ->
                Arrays.stream(Operation.values()).map(op -> AllureLabels.suite(v, op.id()))), Stream.of(LOAD, EXPLORATION))
                .collect(Collectors.toSet());
    }

    /** The behaviours (epics) of the API's results: the operations, the load simulations and the exploration. */
    private static Set<String> epics() {
        return Stream.concat(Arrays.stream(Operation.values()).map(Operation::id), Stream.of(LOAD, EXPLORATION))
                .collect(Collectors.toSet());
    }

    /** The value of a result's label, or null without one. */
    private static String label(JsonNode result, String name) {
        for (JsonNode label : result.path("labels")) {
            if (name.equals(label.path("name").asText())) {
                return label.path("value").asText();
            }
        }
        return null;
    }

    /** The test cases under a node of the suites tree (a leaf has no children). */
    private static int leaves(JsonNode node) {
        if (!node.has("children")) {
            return 1;
        }
        int count = 0;
        for (JsonNode child : node.path("children")) {
            count += leaves(child);
        }
        return count;
    }
}
