package io.rdesuite.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Defect;
import io.rdesuite.support.OpenApiDocument;
import java.util.LinkedHashSet;
import java.util.Set;
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
            startReport,     200, TASK_ID_RENAMED,                   startreport.StartReportScenarios,               startsEveryReportType
            startReport,     400, VALIDATION_SKIPPED,                startreport.StartReportScenarios,               refusesBadRequests
            startReport,     401, AUTH_NOT_CHECKED,                  startreport.StartReportGatewayScenarios,        unauthorized
            startReport,     403, SCOPES_NOT_CHECKED,                startreport.StartReportGatewayScenarios,        forbidden
            startReport,     429, RATE_LIMIT_NOT_ENFORCED,           startreport.StartReportGatewayScenarios,        rateLimited
            startReport,     500, ARMED_FAULTS_IGNORED,              startreport.StartReportGatewayScenarios,        internalFault
            getReportResult, 200, RESULT_STATUS_OUT_OF_ENUM,         getreportresult.GetReportResultScenarios,       completedReport
            getReportResult, 400, BAD_REQUEST_AS_500,                getreportresult.GetReportResultScenarios,       completedNotBoolean
            getReportResult, 401, EXPIRED_TOKENS_ACCEPTED,           getreportresult.GetReportResultGatewayScenarios, unauthorized
            getReportResult, 403, FORBIDDEN_BODY_WITHOUT_DETAIL_CODE, getreportresult.GetReportResultGatewayScenarios, forbidden
            getReportResult, 429, RATE_LIMIT_BODY_WRONG,             getreportresult.GetReportResultGatewayScenarios, rateLimited
            getReportResult, 500, FAULT_BODY_NOT_ERROR_DTO,          getreportresult.GetReportResultGatewayScenarios, internalFault
            getReport,       200, CSV_MISSING_LAST_ROW,              getreport.GetReportScenarios,                   downloadsEveryFormat
            getReport,       400, VALIDATION_SKIPPED,                getreport.GetReportScenarios,                   refusesBadParameters
            getReport,       401, SIGNATURE_NOT_CHECKED,             getreport.GetReportGatewayScenarios,            unauthorized
            getReport,       403, SCOPES_NOT_CHECKED,                getreport.GetReportGatewayScenarios,            forbidden
            getReport,       404, UNKNOWN_REPORT_FILE_AS_EMPTY_200,  getreport.GetReportScenarios,                   unknownReport
            getReport,       429, RETRY_AFTER_TOO_SHORT,             getreport.GetReportGatewayScenarios,            rateLimited
            getReport,       500, ARMED_FAULTS_IGNORED,              getreport.GetReportGatewayScenarios,            internalFault
            cancelReport,    204, CANCEL_ANSWERS_200,                cancelreport.CancelReportScenarios,             cancelsRunningReport
            cancelReport,    400, TRACKING_ID_NOT_HEX,               cancelreport.CancelReportScenarios,             refusesUnknownIds
            cancelReport,    401, UNAUTHORIZED_BODY_AS_ERROR_DTO,    cancelreport.CancelReportGatewayScenarios,      unauthorized
            cancelReport,    403, SCOPES_NOT_CHECKED,                cancelreport.CancelReportGatewayScenarios,      forbidden
            cancelReport,    429, RETRY_AFTER_MISSING,               cancelreport.CancelReportGatewayScenarios,      rateLimited
            cancelReport,    500, FAULT_BODY_NOT_ERROR_DTO,          cancelreport.CancelReportGatewayScenarios,      internalFault
            """;

    @ParameterizedTest(name = "{0} {1}: {2} is caught by {3}#{4}")
    @CsvSource(textBlock = CELLS)
    @DisplayName("the cell's scenario fails against the broken simulator")
    void cellCatchesItsDefect(String operationId, int status, Defect defect, String scenarios, String method)
            throws ClassNotFoundException {
        assertCaught(Class.forName("io.rdesuite.scenarios." + scenarios), method, defect);
    }

    @ParameterizedTest(name = "{0} is caught by {1}#{2}")
    @CsvSource(textBlock = """
            CANCEL_IGNORED,                 lifecycle.LifecycleScenarios,             cancelledReportEndsTerminated
            REPEATED_START_CREATES_NEW_TASK, lifecycle.LifecycleScenarios,            repeatedStartReturnsRunningTask
            RESULT_ROWS_OFF_BY_ONE,         lifecycle.LifecycleScenarios,             reportRunsToConsistentFiles
            PDF_CORRUPT,                    getreport.GetReportScenarios,             downloadsEveryFormat
            CONTENT_DISPOSITION_MISSING,    getreport.GetReportScenarios,             namesTheFile
            NOT_FOUND_BODY_WRONG,           getreport.GetReportScenarios,             unknownReport
            REQUEST_ID_MISSING,             cancelreport.CancelReportScenarios,       refusesUnknownIds
            """)
    @DisplayName("lifecycle, file and header defects are caught too")
    void otherDefectsAreCaught(Defect defect, String scenarios, String method) throws ClassNotFoundException {
        assertCaught(Class.forName("io.rdesuite.scenarios." + scenarios), method, defect);
    }

    @Test
    @DisplayName("the table has a row for every cell the OpenAPI copy declares")
    void everyDeclaredCellHasARow() {
        Set<String> rows = new LinkedHashSet<>();
        CELLS.lines().filter(l -> !l.isBlank()).forEach(l -> {
            String[] parts = l.split(",");
            rows.add(parts[0].trim() + " " + parts[1].trim());
        });
        assertThat(rows).containsExactlyInAnyOrderElementsOf(OpenApiDocument.projectCellNames());
    }

    private static void assertCaught(Class<?> scenarios, String method, Defect defect) {
        NestedScenarioRun.Outcome outcome = NestedScenarioRun.run(scenarios, method, defect);

        assertThat(outcome.found()).as("scenarios selected by %s#%s", scenarios.getSimpleName(), method).isPositive();
        assertThat(outcome.failed()).as("failed scenarios of %s#%s with %s on (%s)", scenarios.getSimpleName(), method,
                defect, outcome).isPositive();
    }
}
