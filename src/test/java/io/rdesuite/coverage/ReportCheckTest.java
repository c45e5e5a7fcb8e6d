package io.rdesuite.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCheckTest {

    private static final String API_SUITES = """
            {"uid": "root", "name": "suites", "children": [
              {"name": "v3 startReport", "uid": "s", "children": [
                {"name": "startReport: runs every report type", "uid": "c", "children": [
                  {"name": "starts a report", "uid": "t1", "status": "passed"}]},
                {"name": "Pact provider verification", "uid": "v", "children": [
                  {"name": "a request to start a report", "uid": "t2", "status": "passed"}]}]},
              {"name": "load simulations", "uid": "l", "children": [
                {"name": "StartAndPollSimulation (smoke)", "uid": "t3", "status": "passed"}]}]}
            """;

    private static final String API_BEHAVIOURS = """
            {"uid": "root", "name": "behaviors", "children": [
              {"name": "startReport", "uid": "e", "children": []},
              {"name": "load simulations", "uid": "l", "children": []}]}
            """;

    @Test
    void aReportOfTheApisResults_passes(@TempDir Path report) throws IOException {
        write(report, API_SUITES, API_BEHAVIOURS, "io.rdesuite.scenarios.startreport.StartReportScenarios.starts",
                "io.rdesuite.contract.provider.ReportsApiVerification.verifyInteraction",
                "io.rdesuite.load.simulations.StartAndPollSimulation");

        ReportCheck.Findings findings = ReportCheck.check(report);

        assertThat(findings.strangers()).isEmpty();
        assertThat(findings.casesBySuite()).containsEntry("v3 startReport", 2).containsEntry("load simulations", 1);
        assertThat(findings.cases()).isEqualTo(3);
    }

    @Test
    void everyVersionsOperations_areTheApisSuites_anUnknownVersionIsNot(@TempDir Path report) throws IOException {
        String suites = API_SUITES.replace("{\"uid\": \"root\", \"name\": \"suites\", \"children\": [", """
                {"uid": "root", "name": "suites", "children": [
                  {"name": "v1 startReport", "uid": "v1", "children": [{"name": "a", "uid": "t5", "status": "passed"}]},
                  {"name": "v2026 cancelReport", "uid": "y", "children": [{"name": "b", "uid": "t6", "status": "passed"}]},
                  {"name": "v4 startReport", "uid": "v4", "children": [{"name": "c", "uid": "t7", "status": "passed"}]},""");
        write(report, suites, API_BEHAVIOURS, "io.rdesuite.scenarios.startreport.StartReportScenarios.starts");

        ReportCheck.Findings findings = ReportCheck.check(report);

        assertThat(findings.strangers()).containsExactly("suite 'v4 startReport'");
        assertThat(findings.casesBySuite()).containsEntry("v1 startReport", 1).containsEntry("v2026 cancelReport", 1);
    }

    @Test
    void aProjectTest_isNamed_byItsSuiteBehaviourAndClass(@TempDir Path report) throws IOException {
        String suites = API_SUITES.replace("{\"uid\": \"root\", \"name\": \"suites\", \"children\": [", """
                {"uid": "root", "name": "suites", "children": [
                  {"name": "io.rdesuite.simulator.BearerAuthTest", "uid": "x", "children": [
                    {"name": "rejects an expired token", "uid": "t9", "status": "passed"}]},""");
        String behaviours = API_BEHAVIOURS.replace("\"behaviors\", \"children\": [", """
                "behaviors", "children": [{"name": "simulator", "uid": "b", "children": []},""");
        write(report, suites, behaviours, "io.rdesuite.scenarios.startreport.StartReportScenarios.starts",
                "io.rdesuite.simulator.BearerAuthTest.rejectsAnExpiredToken",
                "io.rdesuite.contract.consumer.StartReportPactTest.startsAReport");

        ReportCheck.Findings findings = ReportCheck.check(report);

        assertThat(findings.strangers()).containsExactlyInAnyOrder(
                "suite 'io.rdesuite.simulator.BearerAuthTest'", "behaviour 'simulator'",
                "test 'io.rdesuite.simulator.BearerAuthTest.rejectsAnExpiredToken'",
                "test 'io.rdesuite.contract.consumer.StartReportPactTest.startsAReport'");
    }

    @Test
    void results_labelledWithTheirCell_areTheApis_evenSkipped(@TempDir Path results) throws IOException {
        result(results, "a", "io.rdesuite.scenarios.gateway.FaultScenarios.fault", "skipped",
                "{\"name\": \"suite\", \"value\": \"v3 startReport\"}, {\"name\": \"epic\", \"value\": \"startReport\"}");
        result(results, "b", "io.rdesuite.contract.provider.ReportsApiVerification.verifyInteraction", "skipped",
                "{\"name\": \"suite\", \"value\": \"v1 getReportResult\"}, {\"name\": \"epic\", \"value\": \"getReportResult\"}");
        Files.writeString(results.resolve("c-container.json"), "{}");

        ReportCheck.Findings findings = ReportCheck.checkResults(results);

        assertThat(findings.strangers()).isEmpty();
        assertThat(findings.casesBySuite()).containsEntry("v3 startReport", 1).containsEntry("v1 getReportResult", 1);
    }

    /** What a verification skipped before its labels were set left: filed under its class and its bare name. */
    @Test
    void aResultSkippedBeforeItsCellWasSet_isAStranger(@TempDir Path results) throws IOException {
        result(results, "a", "io.rdesuite.contract.provider.ReportsApiVerification.verifyInteraction", "skipped",
                "{\"name\": \"suite\", \"value\": \"Pact provider verification: the pinned pacts against the target\"}");
        result(results, "b", "io.rdesuite.simulator.BearerAuthTest.rejects", "passed",
                "{\"name\": \"suite\", \"value\": \"v3 startReport\"}, {\"name\": \"epic\", \"value\": \"startReport\"}");

        ReportCheck.Findings findings = ReportCheck.checkResults(results);

        assertThat(findings.strangers()).containsExactlyInAnyOrder(
                "suite 'Pact provider verification: the pinned pacts against the target' of 'a'",
                "behaviour 'null' of 'a'",
                "test 'io.rdesuite.simulator.BearerAuthTest.rejects'");
    }

    private static void result(Path results, String name, String fullName, String status, String labels)
            throws IOException {
        Files.writeString(results.resolve(name + "-result.json"), "{\"name\": \"" + name + "\", \"fullName\": \""
                + fullName + "\", \"status\": \"" + status + "\", \"labels\": [" + labels + "]}");
    }

    private static void write(Path report, String suites, String behaviours, String... fullNames) throws IOException {
        Path data = Files.createDirectories(report.resolve("data").resolve("test-cases"));
        Files.writeString(report.resolve("data").resolve("suites.json"), suites);
        Files.writeString(report.resolve("data").resolve("behaviors.json"), behaviours);
        for (int i = 0; i < fullNames.length; i++) {
            Files.writeString(data.resolve("case" + i + ".json"), "{\"fullName\": \"" + fullNames[i] + "\"}");
        }
    }
}
