package io.rdesuite.scenarios.lifecycle;

import static io.rdesuite.api.Operation.CANCEL_REPORT;
import static io.rdesuite.api.Operation.GET_REPORT;
import static io.rdesuite.api.Operation.START_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.SeverityLevel;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.model.ReportArguments;
import io.rdesuite.api.model.ReportResults;
import io.rdesuite.api.model.TaskResultDetails;
import io.rdesuite.client.ReportFile;
import io.rdesuite.scenarios.ReportFileChecks;
import io.rdesuite.support.ReportRequests;
import io.rdesuite.support.EveryApiVersion;
import io.rdesuite.support.Scenario;
import io.rdesuite.support.SlowReports;
import io.rdesuite.support.TargetApi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@EveryApiVersion
@DisplayName("Lifecycle: start, poll, result, files; cancel; repeated start")
class LifecycleScenarios {

    @ParameterizedTest(name = "a {0} report runs to a result whose files hold exactly its rows")
    @EnumSource(ReportType.class)
    @DisplayName("start -> poll until terminal -> result consistent with the task -> CSV and PDF hold exactly its rows")
    void reportRunsToConsistentFiles(ReportType type) {
        Scenario.covers(GET_REPORT, 200, "Report lifecycle", SeverityLevel.BLOCKER);
        TargetApi api = TargetApi.current();

        // the shared report of the type: started and awaited together with every other one
        TaskResultDetails task = api.shared(type).task();
        ReportResults result = api.shared(type).successful();

        assertThat(result.id()).as("result id").isEqualTo(task.id());
        assertThat(result.reportType()).as("result reportType").isEqualTo(type);
        assertThat(result.status()).as("result status").hasToString("SUCCESS");
        assertThat(result.rows()).as("rows").isNotNull().isGreaterThanOrEqualTo(0L);
        assertThat(task.launched() == null || !task.launched().isBefore(task.created())).as("created <= launched").isTrue();
        assertThat(result.created()).as("result created").isNotNull();
        ReportFile csv = api.client().getReport(task.id(), FileFormat.CSV);
        List<String> ids = new ArrayList<>();
        if (type == ReportType.SEARCH_EXPORT) {
            List<String> columns = Arrays.stream(requestedColumns().split(",")).map(String::trim).toList();
            long rows = 0;
            for (List<List<String>> records : ReportFileChecks.assertCsvFiles(type, csv).values()) {
                assertThat(records.get(0)).as("search export header: the requested columns, in order")
                        .containsSubsequence(columns);
                rows += records.size() - 1;
                records.subList(1, records.size()).forEach(r -> ids.add(r.get(0)));
            }
            assertThat(rows).as("data rows across the zip's CSV files").isEqualTo(result.rows());
        } else {
            List<List<String>> records = ReportFileChecks.assertCsv(type, csv, result.rows());
            records.subList(1, records.size()).forEach(r -> ids.add(r.get(0)));
        }
        if (result.availableFormats() == null || result.availableFormats().contains(FileFormat.PDF)) {
            String pdf = ReportFileChecks.assertPdf(api.client().getReport(task.id(), FileFormat.PDF));
            assertThat(ids).as("every CSV row's first cell appears in the PDF").allSatisfy(id -> assertThat(pdf).contains(id));
        }
    }

    @Test
    @DisplayName("a running report that is cancelled ends TERMINATED")
    void cancelledReportEndsTerminated() {
        Scenario.covers(CANCEL_REPORT, 204, "Report lifecycle", SeverityLevel.CRITICAL);
        TargetApi api = TargetApi.current();
        String id;
        try (SlowReports slow = SlowReports.during(api)) {
            id = api.startReport(ReportType.IDENTITIES_DETAILS).id();
            slow.requireRunning(id);
            api.client().cancelReport(id);
        }

        ReportResults result = api.awaitCancelled(id);

        assertThat(result.status()).as("status after cancel").hasToString("TERMINATED");
    }

    @Test
    @DisplayName("a repeated start while the report runs returns the running task")
    void repeatedStartReturnsRunningTask() {
        Scenario.covers(START_REPORT, 200, "Report lifecycle", SeverityLevel.NORMAL);
        TargetApi api = TargetApi.current();
        try (SlowReports slow = SlowReports.during(api)) {
            TaskResultDetails first = api.startReport(ReportType.ACCOUNTS);
            slow.requireRunning(first.id());
            try {
                TaskResultDetails second = api.startReport(ReportType.ACCOUNTS);

                assertThat(second.id()).as("the second start's task id").isEqualTo(first.id());
            } finally {
                api.client().cancelReport(first.id());
            }
        }
    }

    private static String requestedColumns() {
        return ((ReportArguments.SearchExport) ReportRequests.details(ReportType.SEARCH_EXPORT).arguments()).columns();
    }
}
