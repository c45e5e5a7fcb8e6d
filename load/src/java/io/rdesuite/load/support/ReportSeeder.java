package io.rdesuite.load.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.model.ReportDetails;
import io.rdesuite.client.Json;
import io.rdesuite.client.ReportsClient;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the reports a simulation needs to exist before its load begins, through the project's client, each for
 * a source of its own so that each is a report of its own (the client records them in the run's tracker, so
 * they get cleaned up).
 */
public final class ReportSeeder {

    private ReportSeeder() {
    }

    public static List<String> seed(LoadRun run, LoadClient client, int count) {
        ReportsClient reports = run.reportsClient(client.id());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(reports.startReport(accountsReport("seed-" + i)).id());
        }
        return ids;
    }

    private static ReportDetails accountsReport(String application) {
        try {
            return Json.mapper().readValue(ReportExamples.accountsFor(application), ReportDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the example ACCOUNTS body does not read as ReportDetails", e);
        }
    }
}
