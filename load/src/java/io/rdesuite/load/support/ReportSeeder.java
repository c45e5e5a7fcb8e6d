package io.rdesuite.load.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.model.ReportDetails;
import io.rdesuite.client.Json;
import io.rdesuite.client.ReportsClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the reports a simulation needs to exist before its load begins, through the project's client, each for
 * a source of its own so that each is a report of its own (the client records them in the run's tracker, so
 * they get cleaned up).
 */
public final class ReportSeeder {

    private ReportSeeder() {
    }

    /** {@code count} reports started through each of the run's versions, by version. */
    public static Map<ApiVersion, List<String>> seed(LoadRun run, LoadClient client, int count) {
        Map<ApiVersion, List<String>> byVersion = new LinkedHashMap<>();
        for (ApiVersion version : run.versions()) {
            ReportsClient reports = run.reportsClient(LoadClients.owner(client.id(), version));
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(reports.startReport(accountsReport("seed-" + version.label() + "-" + i)).id());
            }
            byVersion.put(version, ids);
        }
        return byVersion;
    }

    private static ReportDetails accountsReport(String application) {
        try {
            return Json.mapper().readValue(ReportExamples.accountsFor(application), ReportDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the example ACCOUNTS body does not read as ReportDetails", e);
        }
    }
}
