package io.rdesuite.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Defect;
import io.rdesuite.api.Operation;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import io.rdesuite.support.SuiteTarget;
import io.rdesuite.support.SuiteVersions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Turning the simulator wrong makes the suite fail: for every (operation, status) cell, one deliberate defect
 * and the scenario of that cell that must catch it. A few extra rows cover lifecycle and file defects.
 */
@DisplayName("Each cell's scenarios fail against a simulator broken for that cell")
class DefectsAreCaughtTest {

    private static final String CELLS = """
            startReport,     200, TASK_ID_RENAMED,                    startreport.StartReportScenarios,         startsEveryReportType
            startReport,     400, VALIDATION_SKIPPED,                 startreport.StartReportScenarios,         refusesBadRequests
            startReport,     401, AUTH_NOT_CHECKED,                   gateway.UnauthorizedScenarios,            unauthorized
            startReport,     403, SCOPES_NOT_CHECKED,                 gateway.ForbiddenScenarios,               forbidden
            startReport,     429, RATE_LIMIT_NOT_ENFORCED,            gateway.RateLimitScenarios,               rateLimited
            startReport,     500, ARMED_FAULTS_IGNORED,               gateway.FaultScenarios,                   internalFault
            getReportResult, 200, RESULT_STATUS_OUT_OF_ENUM,          getreportresult.GetReportResultScenarios, completedReport
            getReportResult, 400, BAD_REQUEST_AS_500,                 getreportresult.GetReportResultScenarios, completedNotBoolean
            getReportResult, 401, EXPIRED_TOKENS_ACCEPTED,            gateway.UnauthorizedScenarios,            unauthorized
            getReportResult, 403, FORBIDDEN_BODY_WITHOUT_DETAIL_CODE, gateway.ForbiddenScenarios,               forbidden
            getReportResult, 429, RATE_LIMIT_BODY_WRONG,              gateway.RateLimitScenarios,               rateLimited
            getReportResult, 429, RETRY_AFTER_HALVED,                 gateway.RateLimitScenarios,               retryAfterCoversTheWait
            getReportResult, 429, RETRY_AFTER_TOO_SHORT,              gateway.RateLimitScenarios,               retryAfterCoversTheWait
            getReportResult, 500, FAULT_BODY_NOT_ERROR_DTO,           gateway.FaultScenarios,                   internalFault
            getReport,       200, CSV_MISSING_LAST_ROW,               getreport.GetReportScenarios,             downloadsEveryFormat
            getReport,       400, VALIDATION_SKIPPED,                 getreport.GetReportScenarios,             refusesBadParameters
            getReport,       401, SIGNATURE_NOT_CHECKED,              gateway.UnauthorizedScenarios,            unauthorized
            getReport,       403, SCOPES_NOT_CHECKED,                 gateway.ForbiddenScenarios,               forbidden
            getReport,       404, UNKNOWN_REPORT_FILE_AS_EMPTY_200,   getreport.GetReportScenarios,             unknownReport
            getReport,       429, RETRY_AFTER_TOO_SHORT,              gateway.RateLimitScenarios,               rateLimited
            getReport,       500, ARMED_FAULTS_IGNORED,               gateway.FaultScenarios,                   internalFault
            cancelReport,    204, CANCEL_ANSWERS_200,                 cancelreport.CancelReportScenarios,       cancelsRunningReport
            cancelReport,    400, TRACKING_ID_NOT_HEX,                cancelreport.CancelReportScenarios,       refusesMalformedIds
            cancelReport,    401, UNAUTHORIZED_BODY_AS_ERROR_DTO,     gateway.UnauthorizedScenarios,            unauthorized
            cancelReport,    403, SCOPES_NOT_CHECKED,                 gateway.ForbiddenScenarios,               forbidden
            cancelReport,    429, RETRY_AFTER_MISSING,                gateway.RateLimitScenarios,               rateLimited
            cancelReport,    500, FAULT_BODY_NOT_ERROR_DTO,           gateway.FaultScenarios,                   internalFault
            """;

    @ParameterizedTest(name = "{0} {1}: {2} is caught by {3}#{4}")
    @CsvSource(textBlock = CELLS)
    @DisplayName("the cell's scenario fails against the broken simulator")
    void cellCatchesItsDefect(String operationId, int status, Defect defect, String scenarios, String method)
            throws ClassNotFoundException {
        assertCaught(NestedScenarioRun.run(scenario(scenarios), method, Optional.of(operationId), defect));
    }

    @ParameterizedTest(name = "{0} is caught by {1}#{2}")
    @CsvSource(textBlock = """
            CANCEL_IGNORED,                 lifecycle.LifecycleScenarios,             cancelledReportEndsTerminated
            REPEATED_START_CREATES_NEW_TASK, lifecycle.LifecycleScenarios,            repeatedStartReturnsRunningTask
            RESULT_ROWS_OFF_BY_ONE,         lifecycle.LifecycleScenarios,             reportRunsToConsistentFiles
            PDF_CORRUPT,                    getreport.GetReportScenarios,             downloadsEveryFormat
            CONTENT_DISPOSITION_MISSING,    getreport.GetReportScenarios,             namesTheFile
            NOT_FOUND_BODY_WRONG,           getreport.GetReportScenarios,             unknownReport
            REQUEST_ID_MISSING,             cancelreport.CancelReportScenarios,       refusesMalformedIds
            CSV_COLUMN_RENAMED,             getreport.GetReportScenarios,             downloadsEveryFormat
            CSV_COLUMN_DROPPED,             lifecycle.LifecycleScenarios,             reportRunsToConsistentFiles
            """)
    @DisplayName("lifecycle, file and header defects are caught too")
    void otherDefectsAreCaught(Defect defect, String scenarios, String method) throws ClassNotFoundException {
        assertCaught(NestedScenarioRun.run(scenario(scenarios), method, Optional.empty(), defect));
    }

    @Test
    @DisplayName("a defect of one version is caught by that version's scenarios, and only there")
    void aVersionsDefectIsCaughtInThatVersion() throws ClassNotFoundException {
        Class<?> cancels = scenario("cancelreport.CancelReportScenarios");
        try (SuiteTarget.Scope v2025 = SuiteVersions.use(List.of(ApiVersion.V2025))) {
            assertCaught(NestedScenarioRun.run(cancels, "cancelsRunningReport", Optional.of("cancelReport"),
                    Defect.V2025_CANCEL_WRONG_STATUS));
        }
        try (SuiteTarget.Scope v3 = SuiteVersions.use(List.of(ApiVersion.V3))) {
            NestedScenarioRun.Outcome outcome = NestedScenarioRun.run(cancels, "cancelsRunningReport",
                    Optional.of("cancelReport"), Defect.V2025_CANCEL_WRONG_STATUS);
            assertThat(outcome.found()).as("scenarios selected (%s)", outcome).isPositive();
            assertThat(outcome.failed()).as("failed v3 scenarios (%s)", outcome).isZero();
        }
    }

    @Test
    @DisplayName("the table has a row for every documented cell")
    void everyDocumentedCellHasARow() {
        Set<String> rows = new LinkedHashSet<>();
        CELLS.lines().filter(l -> !l.isBlank()).forEach(l -> {
            String[] parts = l.split(",");
            rows.add(parts[0].trim() + " " + parts[1].trim());
        });
        List<String> documented = Arrays.stream(Operation.values())
                .flatMap(op -> op.documentedStatuses().stream().map(status -> op.id() + " " + status)).toList();

        assertThat(rows).containsExactlyInAnyOrderElementsOf(documented);
    }

    private static Class<?> scenario(String name) throws ClassNotFoundException {
        return Class.forName("io.rdesuite.scenarios." + name);
    }

    private static void assertCaught(NestedScenarioRun.Outcome outcome) {
        assertThat(outcome.found()).as("scenarios selected (%s)", outcome).isPositive();
        assertThat(outcome.failed()).as("failed scenarios (%s)", outcome).isPositive();
    }
}
