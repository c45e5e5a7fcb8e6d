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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A tenant run is green when the tenant is healthy: the acceptance command's tests through SAIL_BASE_URL against
 * a standalone simulator in a child process started as a tenant looks (no control API, three named clients: full
 * access, read-only, no access). What a tenant cannot be made to show (a 500, an expired token, a used-up rate limit
 * for the pacts) is SKIPPED with its reason and filed under its cell, so the run ends as BUILD SUCCESS would: no
 * FAILED or MISSING cell, the report check passing, 21 cells PASSED and the four 500 cells SKIPPED. The same run's
 * matrix, judged as under {@code -Dreports.requireFullMatrix=true}, fails naming those cells and their reasons.
 * One child run serves both.
 */
@DisplayName("A tenant run is green when the tenant is healthy (SAIL_BASE_URL, no control API)")
class TenantRunIsGreenTest {

    /** Short enough to keep the run cheap, long enough to see a report running before it ends. */
    static final String REPORT_DURATION = "1s";
    /**
     * An honest limit (assumptions.md) in a window of 2 s instead of the documented 10 s: the 429 scenarios wait out
     * Retry-Afters of at most 2 s, and few enough requests reach it that a burst gets its 429 within the window
     * on a loaded machine (100 per 2 s did not).
     */
    static final String RATE_LIMIT = "30/2s";
    private static final Path WORK = Path.of("target", "tenant-run");
    private static final String NOT_INDUCIBLE = "not inducible on this target";

    private static AcceptanceRunMain.Summary summary;
    private static RunResults results;
    private static Map<String, Map<String, Map<String, Cell>>> matrix;

    @BeforeAll
    static void runTheAcceptanceTestsAgainstATenantLikeTarget() throws Exception {
        List<String> flags = new ArrayList<>(List.of("--no-control-api", "--report-duration", REPORT_DURATION,
                "--rate-limit", RATE_LIMIT));
        flags.addAll(SailBaseUrlRun.clientFlags());
        try (StandaloneSimulator simulator = StandaloneSimulator.start(flags.toArray(String[]::new))) {
            summary = SailBaseUrlRun.acceptance(simulator.baseUrl(), WORK);
        }
        results = RunResults.read(WORK.resolve("allure-results"));
        matrix = CoverageMatrix.build(CoverageMatrix.declared(Path.of("contracts", "openapi"), List.of(ApiVersion.V3)),
                results.results());
    }

    @Test
    @DisplayName("ends as BUILD SUCCESS: nothing failed, 21 cells PASSED, the four 500s SKIPPED with their reason")
    void healthyTenant_isGreen() throws Exception {
        assertThat(summary.failures()).as("failed tests (see %s)", WORK.resolve("run.log")).isEmpty();
        assertThat(CoverageMatrix.failing(matrix, false)).as("FAILED or MISSING cells").isEmpty();
        assertThat(ReportCheck.checkResults(WORK.resolve("allure-results")).strangers())
                .as("results the report check would not count as the API's").isEmpty();

        Map<String, Cell> v3 = cells();
        assertThat(v3.entrySet().stream().filter(e -> e.getValue().status() == Status.PASSED).map(Map.Entry::getKey))
                .as("PASSED cells").hasSize(21);
        for (Operation operation : Operation.values()) {
            Cell fault = v3.get(operation.id() + " 500");
            assertThat(fault.status()).as("%s 500", operation.id()).isEqualTo(Status.SKIPPED);
            assertThat(fault.reason()).as("%s 500's reason", operation.id()).startsWith(NOT_INDUCIBLE);
        }
    }

    @Test
    @DisplayName("the provider states a tenant cannot be put in are skipped under their cells, with their reason")
    void providerStatesATenantCannotBeIn_areSkippedUnderTheirCells() {
        Map<String, Cell> v3 = cells();

        assertThat(v3.get("getReportResult 401").reason()).as("getReportResult 401 (expired token)")
                .contains("provider state 'the client's access token has expired'");
        assertThat(v3.get("startReport 429").reason()).as("startReport 429 (rate limit used up)")
                .contains("provider state 'the client has used up its rate limit'");
    }

    @Test
    @DisplayName("-Dreports.requireFullMatrix=true fails the same run, naming each cell it could not induce and why")
    void requireFullMatrix_failsNamingWhatWasNotInduced() {
        List<String> expected = new ArrayList<>();
        for (Operation operation : Operation.values()) {
            expected.add("v3 " + operation.id() + " 500 SKIPPED: " + NOT_INDUCIBLE);
        }
        expected.add("v3 getReportResult 401 PASSED, ");
        expected.add("v3 startReport 429 PASSED, ");

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
