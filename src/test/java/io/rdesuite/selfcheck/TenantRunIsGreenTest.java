package io.rdesuite.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.coverage.CoverageMatrix;
import io.rdesuite.coverage.CoverageMatrix.Cell;
import io.rdesuite.coverage.CoverageMatrix.Status;
import io.rdesuite.coverage.ReportCheck;
import io.rdesuite.coverage.RunResults;
import io.rdesuite.simulator.SimulatorConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * A tenant run is green when the tenant is healthy: the acceptance command's tests through SAIL_BASE_URL against
 * a standalone simulator in a child process started as a tenant looks (no control API, three named clients: full
 * access, read-only, no access). What a tenant cannot be made to show (a 500, an expired token, a used-up rate limit
 * for the pacts) is SKIPPED with its reason and filed under its cell, so the run ends as BUILD SUCCESS would: no
 * FAILED or MISSING cell, the report check passing, 21 cells PASSED and the four 500 cells SKIPPED. The same run's
 * matrix, judged as under {@code -Dreports.requireFullMatrix=true}, fails naming those cells and their reasons.
 * One child run serves both. While it runs (it mostly waits: reports, Retry-Afters), a tenant whose reports end at
 * once is tried in process: the scenarios that need a running report are skipped with the reason, not failed.
 */
@DisplayName("A tenant run is green when the tenant is healthy (SAIL_BASE_URL, no control API)")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenantRunIsGreenTest {

    private static final List<String> NEED_A_RUNNING_REPORT = List.of(
            "io.rdesuite.scenarios.getreportresult.GetReportResultScenarios#runningReport",
            "io.rdesuite.scenarios.getreport.GetReportScenarios#reportStillRunning",
            "io.rdesuite.scenarios.cancelreport.CancelReportScenarios#cancelsRunningReport",
            "io.rdesuite.scenarios.lifecycle.LifecycleScenarios#cancelledReportEndsTerminated",
            "io.rdesuite.scenarios.lifecycle.LifecycleScenarios#repeatedStartReturnsRunningTask");

    /** Short enough to keep the run cheap, long enough to see a report running before it ends. */
    static final String REPORT_DURATION = "1s";
    private static final Path WORK = Path.of("target", "tenant-run");
    private static final String NOT_INDUCIBLE = "not inducible on this target";
    private static final String NO_429 = "no 429 within a bounded burst";

    private static CompletableFuture<AcceptanceRunMain.Summary> tenantRun;
    private static AcceptanceRunMain.Summary summary;
    private static RunResults results;
    private static Map<String, Map<String, Map<String, Cell>>> matrix;

    @BeforeAll
    static void startTheAcceptanceTestsAgainstATenantLikeTarget() {
        tenantRun = CompletableFuture.supplyAsync(() -> {
            // the documented rate limit (100 per 10 s). Shorter windows were tried: 30 per 2 s let a slow burst use up
            // the next window too (the call after the Retry-After refused); 70 per 4 s let no burst reach the limit
            // at load average 30. The bursts themselves cost most of the 429 scenarios' time, not the waits.
            List<String> flags = new ArrayList<>(List.of("--no-control-api", "--report-duration", REPORT_DURATION));
            flags.addAll(SailBaseUrlRun.clientFlags());
            try (StandaloneSimulator simulator = StandaloneSimulator.start(flags.toArray(String[]::new))) {
                return SailBaseUrlRun.acceptance(simulator.baseUrl(), WORK);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
    }

    /** The child run's outcome, once it has ended, and its matrix. */
    private static synchronized void awaitTheTenantRun() throws Exception {
        if (matrix == null) {
            summary = tenantRun.join();
            results = RunResults.read(WORK.resolve("allure-results"));
            matrix = CoverageMatrix.build(CoverageMatrix.declared(Path.of("contracts", "openapi"),
                    List.of(ApiVersion.V3)), results.results());
        }
    }

    @Test
    @Order(1)
    @DisplayName("a tenant whose reports end at once: the scenarios that need a running report are skipped, not failed")
    void instantReports_withoutControlApi_skipTheRunningReportScenarios() {
        NestedScenarioRun.Outcome outcome = NestedScenarioRun.run("running-report scenarios, instant reports",
                NEED_A_RUNNING_REPORT.stream().map(DiscoverySelectors::selectMethod).toList(), Optional.empty(),
                SimulatorConfig.builder().requestLog(false).controlApi(false).reportDuration(Duration.ZERO));

        assertThat(outcome.failures()).as("failed").isEmpty();
        assertThat(outcome.found()).as("tests run").isEqualTo(NEED_A_RUNNING_REPORT.size());
        assertThat(outcome.skipped()).as("skipped").isEqualTo(NEED_A_RUNNING_REPORT.size());
    }

    @Test
    @DisplayName("ends as BUILD SUCCESS: nothing failed, 21 cells PASSED, the four 500s SKIPPED with their reason")
    void healthyTenant_isGreen() throws Exception {
        awaitTheTenantRun();
        assertThat(summary.failures()).as("failed tests (see %s)", WORK.resolve("run.log")).isEmpty();
        assertThat(CoverageMatrix.failing(matrix, false)).as("FAILED or MISSING cells").isEmpty();
        assertThat(ReportCheck.checkResults(WORK.resolve("allure-results")).strangers())
                .as("results the report check would not count as the API's").isEmpty();

        Map<String, Cell> v3 = cells();
        List<String> burstMissed = burstMissed(v3);
        assertThat(v3.entrySet().stream().filter(e -> e.getValue().status() == Status.PASSED).map(Map.Entry::getKey))
                .as("PASSED cells (21, less the 429 cells whose burst missed: %s)", burstMissed)
                .hasSize(21 - burstMissed.size());
        for (Operation operation : Operation.values()) {
            Cell fault = v3.get(operation.id() + " 500");
            assertThat(fault.status()).as("%s 500", operation.id()).isEqualTo(Status.SKIPPED);
            assertThat(fault.reason()).as("%s 500's reason", operation.id()).startsWith(NOT_INDUCIBLE);
        }
    }

    @Test
    @DisplayName("the provider states a tenant cannot be put in are skipped under their cells, with their reason")
    void providerStatesATenantCannotBeIn_areSkippedUnderTheirCells() throws Exception {
        awaitTheTenantRun();
        Map<String, Cell> v3 = cells();

        assertThat(v3.get("getReportResult 401").reason()).as("getReportResult 401 (expired token)")
                .contains("provider state 'the client's access token has expired'");
        assertThat(v3.get("startReport 429").reason()).as("startReport 429 (rate limit used up)")
                .contains("provider state 'the client has used up its rate limit'");
    }

    /**
     * The 429 cells SKIPPED only because their bounded burst met no 429: a machine so loaded that 100 requests do
     * not go out within the 10 s window (seen at load average 20-40 on 2 cores). That is the designed skip, not a failure;
     * any other reason, or any other cell, must be as the test says. Printed, so a run shows it.
     */
    private static List<String> burstMissed(Map<String, Cell> v3) {
        List<String> missed = v3.entrySet().stream().filter(e -> e.getKey().endsWith(" 429")
                        && e.getValue().status() == Status.SKIPPED && e.getValue().reason().contains(NO_429))
                .map(Map.Entry::getKey).toList();
        if (!missed.isEmpty()) {
            System.out.println("[tenant-run] " + missed + " SKIPPED: " + NO_429 + " (a loaded machine)");
        }
        return missed;
    }

    @Test
    @DisplayName("-Dreports.requireFullMatrix=true fails the same run, naming each cell it could not induce and why")
    void requireFullMatrix_failsNamingWhatWasNotInduced() throws Exception {
        awaitTheTenantRun();
        List<String> expected = new ArrayList<>();
        for (Operation operation : Operation.values()) {
            expected.add("v3 " + operation.id() + " 500 SKIPPED: " + NOT_INDUCIBLE);
        }
        expected.add("v3 getReportResult 401 PASSED, ");
        expected.add("v3 startReport 429 " + (burstMissed(cells()).contains("startReport 429") ? "SKIPPED: " : "PASSED, "));

        assertThatThrownBy(() -> CoverageMatrix.requireFullMatrix(matrix))
                .hasMessageContaining("-Dreports.requireFullMatrix=true")
                .hasMessageContainingAll(expected.toArray(String[]::new));
    }

    /** The v3 cells as "operation status" -> cell. */
    private static Map<String, Cell> cells() {
        Map<String, Cell> cells = new LinkedHashMap<>();
        matrix.get(ApiVersion.V3.label()).forEach((op, byCode) -> byCode.forEach((code, cell) ->
                cells.put(op + " " + code, cell)));
        return cells;
    }
}
