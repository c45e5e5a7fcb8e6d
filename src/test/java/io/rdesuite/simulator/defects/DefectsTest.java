package io.rdesuite.simulator.defects;

import static io.rdesuite.simulator.testing.ReportFileContents.csvLines;
import static io.rdesuite.simulator.testing.ReportFileContents.pdfText;
import static io.rdesuite.simulator.testing.SimHarness.HEX32;
import static io.rdesuite.simulator.testing.SimHarness.MANAGE;
import static io.rdesuite.simulator.testing.SimHarness.NONE;
import static io.rdesuite.simulator.testing.SimHarness.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Defect;
import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.client.ReportFile;
import io.rdesuite.simulator.testing.SharedSimulatorTest;
import io.rdesuite.simulator.testing.SimHarness;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each deliberate defect really changes what a client observes: the same probe reads one thing from the
 * faithful simulator and another with the defect on. The table must have a row for every defect.
 */
class DefectsTest extends SharedSimulatorTest {

    private static final String ACCOUNTS_BODY = ReportExamples.json(ReportType.ACCOUNTS);
    private static final String SEARCH_OVER_TWO_INDICES = "{\"reportType\":\"SEARCH_EXPORT\",\"arguments\":"
            + "{\"query\":\"name:a*\",\"indices\":[\"identities\",\"roles\"]}}";

    /** A request and what it observes, with the observation expected without and with the defect. */
    private record Probe(Function<SimHarness, Object> observe, Object faithful, Object defective) {
    }

    private static final Map<Defect, Probe> PROBES = new EnumMap<>(Defect.class);

    static {
        Function<SimHarness, Object> anonymousResult = h -> h.anonymous().get(Operation.GET_REPORT_RESULT.path(UNKNOWN_ID)).statusCode();
        Function<SimHarness, Object> emptyStart = h -> h.as(MANAGE).contentType(ContentType.JSON).body("{}")
                .post(Operation.START_REPORT.template());
        PROBES.put(Defect.AUTH_NOT_CHECKED, new Probe(anonymousResult, 401, 200));
        PROBES.put(Defect.EXPIRED_TOKENS_ACCEPTED, new Probe(h -> h.bearer(h.control("POST", "/tokens",
                "{\"clientId\":\"demo-read\",\"expiresIn\":-1}").path("access_token"))
                .get(Operation.GET_REPORT_RESULT.path(UNKNOWN_ID)).statusCode(), 401, 200));
        PROBES.put(Defect.SIGNATURE_NOT_CHECKED, new Probe(h -> h.bearer(SimHarness.tampered(h.token(MANAGE)))
                .get(Operation.GET_REPORT_RESULT.path(UNKNOWN_ID)).statusCode(), 401, 200));
        PROBES.put(Defect.UNAUTHORIZED_BODY_AS_ERROR_DTO, new Probe(h -> h.anonymous()
                .get(Operation.GET_REPORT_RESULT.path(UNKNOWN_ID)).as(Map.class).keySet(),
                Set.of("error"), Set.of("detailCode", "trackingId", "messages", "causes")));
        PROBES.put(Defect.SCOPES_NOT_CHECKED, new Probe(h -> h.as(NONE).get(Operation.GET_REPORT_RESULT.path(UNKNOWN_ID))
                .statusCode(), 403, 200));
        PROBES.put(Defect.FORBIDDEN_BODY_WITHOUT_DETAIL_CODE, new Probe(h -> String.valueOf(h.as(NONE)
                .get(Operation.GET_REPORT_RESULT.path(UNKNOWN_ID)).<String>path("detailCode")), "403 Forbidden", "null"));
        PROBES.put(Defect.VALIDATION_SKIPPED, new Probe(h -> ((Response) emptyStart.apply(h)).statusCode(), 400, 200));
        PROBES.put(Defect.BAD_REQUEST_AS_500, new Probe(h -> ((Response) emptyStart.apply(h)).statusCode(), 400, 500));
        PROBES.put(Defect.TRACKING_ID_NOT_HEX, new Probe(h -> HEX32.matcher(((Response) emptyStart.apply(h))
                .<String>path("trackingId")).matches(), true, false));
        PROBES.put(Defect.RATE_LIMIT_NOT_ENFORCED, new Probe(h -> secondCallUnderOnePerWindow(h).statusCode(), 429, 200));
        PROBES.put(Defect.RETRY_AFTER_MISSING, new Probe(h -> String.valueOf(secondCallUnderOnePerWindow(h)
                .header("Retry-After")), "10", "null"));
        PROBES.put(Defect.RETRY_AFTER_TOO_SHORT, new Probe(h -> secondCallUnderOnePerWindow(h).header("Retry-After"),
                "10", "9"));
        PROBES.put(Defect.RETRY_AFTER_HALVED, new Probe(h -> secondCallUnderOnePerWindow(h).header("Retry-After"),
                "10", "5"));
        PROBES.put(Defect.RATE_LIMIT_BODY_WRONG, new Probe(h -> String.valueOf(secondCallUnderOnePerWindow(h)
                .<String>path("message")), " Rate Limit Exceeded ", "null"));
        PROBES.put(Defect.ARMED_FAULTS_IGNORED, new Probe(h -> faultedResult(h).statusCode(), 500, 200));
        PROBES.put(Defect.FAULT_BODY_NOT_ERROR_DTO, new Probe(h -> faultedResult(h).contentType(),
                "application/json;charset=utf-8", "text/plain;charset=utf-8"));
        PROBES.put(Defect.REPEATED_START_CREATES_NEW_TASK, new Probe(h -> h.startReport(ACCOUNTS_BODY)
                .equals(h.startReport(ACCOUNTS_BODY)), true, false));
        PROBES.put(Defect.CANCEL_IGNORED, new Probe(h -> {
            String id = h.startReport(ACCOUNTS_BODY);
            h.as(MANAGE).post(Operation.CANCEL_REPORT.path(id));
            h.finishRunningReports();
            return h.result(id).path("status");
        }, "TERMINATED", "SUCCESS"));
        PROBES.put(Defect.CANCEL_ANSWERS_200, new Probe(h -> h.as(MANAGE)
                .post(Operation.CANCEL_REPORT.path(h.startReport(ACCOUNTS_BODY))).statusCode(), 204, 200));
        PROBES.put(Defect.TASK_ID_RENAMED, new Probe(h -> startResponse(h).as(Map.class).containsKey("id"), true, false));
        PROBES.put(Defect.TASK_TIMESTAMPS_DISORDERED, new Probe(h -> {
            Response task = startResponse(h);
            return !Instant.parse(task.<String>path("launched")).isBefore(Instant.parse(task.<String>path("created")));
        }, true, false));
        PROBES.put(Defect.RESULT_STATUS_OUT_OF_ENUM, new Probe(h -> h.result(h.completedReport(ACCOUNTS_BODY))
                .path("status"), "SUCCESS", "DONE"));
        PROBES.put(Defect.RESULT_ROWS_AS_STRING, new Probe(h -> h.result(h.completedReport(ACCOUNTS_BODY))
                .path("rows").getClass().getSimpleName(), "Integer", "String"));
        PROBES.put(Defect.RESULT_ROWS_OFF_BY_ONE, new Probe(h -> {
            String id = h.completedReport(ACCOUNTS_BODY);
            int rows = h.result(id).path("rows");
            return rows - (csvLines(h.download(id, "csv").asByteArray()).size() - 1);
        }, 0, 1));
        PROBES.put(Defect.UNKNOWN_REPORT_FILE_AS_EMPTY_200, new Probe(h -> h.download(UNKNOWN_ID, "csv").statusCode(),
                404, 200));
        PROBES.put(Defect.NOT_FOUND_BODY_WRONG, new Probe(h -> String.valueOf(h.download(UNKNOWN_ID, "csv")
                .<String>path("detailCode")), "404 Not found", "null"));
        PROBES.put(Defect.CSV_MISSING_LAST_ROW, new Probe(h -> {
            String id = h.completedReport(ACCOUNTS_BODY);
            int rows = h.result(id).path("rows");
            return csvLines(h.download(id, "csv").asByteArray()).size() - 1 - rows;
        }, 0, -1));
        PROBES.put(Defect.CSV_COLUMN_RENAMED, new Probe(h -> csvHeader(h).get(1), "Account Name", "account_name"));
        PROBES.put(Defect.CSV_COLUMN_DROPPED, new Probe(h -> csvHeader(h).get(csvHeader(h).size() - 1), "Created",
                "Locked"));
        PROBES.put(Defect.CSV_COLUMNS_REORDERED, new Probe(h -> csvHeader(h).subList(0, 2),
                List.of("Account ID", "Account Name"), List.of("Account Name", "Account ID")));
        PROBES.put(Defect.PDF_CORRUPT, new Probe(h -> pdfReadable(h.download(h.completedReport(ACCOUNTS_BODY), "pdf")
                .asByteArray()), true, false));
        PROBES.put(Defect.CONTENT_DISPOSITION_MISSING, new Probe(h -> String.valueOf(h.download(
                h.completedReport(ACCOUNTS_BODY), "csv").header("Content-disposition")),
                "attachment;filename=\"Account Export.csv\"", "null"));
        PROBES.put(Defect.WRONG_FILE_CONTENT_TYPE, new Probe(h -> h.download(h.completedReport(ACCOUNTS_BODY), "csv")
                .contentType(), "application/csv", "text/plain"));
        PROBES.put(Defect.REQUEST_ID_MISSING, new Probe(h -> String.valueOf(h.anonymous().get("/nowhere")
                .header("SLPT-Request-ID")).matches(HEX32.pattern()), true, false));
        PROBES.put(Defect.RESULT_FORGOTTEN, new Probe(h -> h.result(h.startReport(ACCOUNTS_BODY)).as(Map.class)
                .isEmpty(), false, true));
        PROBES.put(Defect.RESULT_OTHER_ID, new Probe(h -> {
            String id = h.startReport(ACCOUNTS_BODY);
            return id.equals(h.result(id).path("id"));
        }, true, false));
        PROBES.put(Defect.RESULT_OTHER_REPORT_TYPE, new Probe(h -> h.result(h.startReport(ACCOUNTS_BODY))
                .path("reportType"), "ACCOUNTS", "IDENTITIES_DETAILS"));
        PROBES.put(Defect.REPORT_NEVER_COMPLETES, new Probe(h -> String.valueOf(h.result(
                h.completedReport(ACCOUNTS_BODY)).<String>path("status")), "SUCCESS", "null"));
        PROBES.put(Defect.V2025_CANCEL_WRONG_STATUS, new Probe(h -> List.of(
                h.as(MANAGE).post(Operation.CANCEL_REPORT.path(ApiVersion.V2025, h.startReport(ACCOUNTS_BODY))).statusCode(),
                h.as(MANAGE).post(Operation.CANCEL_REPORT.path(ApiVersion.V3, h.startReport(ACCOUNTS_BODY))).statusCode()),
                List.of(204, 204), List.of(202, 204)));
        PROBES.put(Defect.RATE_BUDGET_SHARED_ACROSS_VERSIONS, new Probe(h -> {
            h.control("PUT", "/rate-limits", "{\"default\":\"1/10s\"}");
            h.as(MANAGE).get(Operation.GET_REPORT_RESULT.path(ApiVersion.V3, UNKNOWN_ID));
            return h.as(MANAGE).get(Operation.GET_REPORT_RESULT.path(ApiVersion.V1, UNKNOWN_ID)).statusCode();
        }, 200, 429));
        PROBES.put(Defect.VERSIONS_SEPARATE_STATE, new Probe(h -> {
            String id = h.startReport(ACCOUNTS_BODY);
            return id.equals(h.as(MANAGE).get(Operation.GET_REPORT_RESULT.path(ApiVersion.V2025, id)).path("id"));
        }, true, false));
        PROBES.put(Defect.RESTART_AFTER_CANCEL_RETURNS_CANCELLED, new Probe(h -> {
            String first = h.startReport(ACCOUNTS_BODY);
            h.as(MANAGE).post(Operation.CANCEL_REPORT.path(first));
            return first.equals(h.startReport(ACCOUNTS_BODY));
        }, false, true));
        PROBES.put(Defect.REPORT_FORGOTTEN_AFTER_OTHER_CLIENT_POLL, new Probe(h -> {
            String id = h.startReport(ACCOUNTS_BODY);
            h.result(id); // as the read-only client: not the launcher
            return id.equals(h.result(id).path("id"));
        }, true, false));
        PROBES.put(Defect.SEARCH_EXPORT_ROWS_OFF_BY_ONE, new Probe(h -> {
            String id = h.completedReport(SEARCH_OVER_TWO_INDICES);
            int rows = h.result(id).path("rows");
            byte[] zip = h.download(id, "csv").asByteArray();
            int fileRows = new ReportFile(zip, "application/zip", null).csvFiles().values().stream()
                    .mapToInt(records -> records.size() - 1).sum();
            return rows - fileRows;
        }, 0, 1));
        PROBES.put(Defect.NAME_WITH_SLASH_500, new Probe(h -> h.as(MANAGE).queryParam("fileFormat", "csv")
                .queryParam("name", "q1/2026").get(Operation.GET_REPORT.path(h.completedReport(ACCOUNTS_BODY)))
                .statusCode(), 200, 500));
        PROBES.put(Defect.DUPLICATE_INDEX_500, new Probe(h -> h.as(MANAGE).contentType(ContentType.JSON)
                .body("{\"reportType\":\"SEARCH_EXPORT\",\"arguments\":{\"query\":\"name:a*\","
                        + "\"indices\":[\"identities\",\"identities\"]}}")
                .post(Operation.START_REPORT.template()).statusCode(), 200, 500));
    }


    @ParameterizedTest
    @EnumSource(Defect.class)
    void defect_changesWhatAClientObserves(Defect defect) {
        Probe probe = PROBES.get(defect);
        assertThat(probe).as("a probe for %s", defect).isNotNull();

        Object faithful = probe.observe().apply(h);
        h.reset();
        h.simulator().defects(Set.of(defect));
        Object defective = probe.observe().apply(h);

        assertThat(faithful).as("without %s", defect).isEqualTo(probe.faithful());
        assertThat(defective).as("with %s", defect).isEqualTo(probe.defective());
    }

    private static Response secondCallUnderOnePerWindow(SimHarness h) {
        h.control("PUT", "/rate-limits", "{\"default\":\"1/10s\"}");
        h.result(UNKNOWN_ID);
        return h.result(UNKNOWN_ID);
    }

    private static Response faultedResult(SimHarness h) {
        h.control("POST", "/faults", "{\"operation\":\"getReportResult\",\"status\":500}");
        return h.result(UNKNOWN_ID);
    }

    private static Response startResponse(SimHarness h) {
        return h.as(MANAGE).contentType(ContentType.JSON).body(ACCOUNTS_BODY).post(Operation.START_REPORT.template());
    }

    private static List<String> csvHeader(SimHarness h) {
        byte[] csv = h.download(h.completedReport(ACCOUNTS_BODY), "csv").asByteArray();
        return new ReportFile(csv, null, null).csvRecords().get(0);
    }

    private static boolean pdfReadable(byte[] pdf) {
        try {
            return pdfText(pdf).contains(" rows)");
        } catch (RuntimeException e) {
            return false;
        }
    }
}
