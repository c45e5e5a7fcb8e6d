package io.rdesuite.simulator;

import static io.rdesuite.api.ApiVersion.V1;
import static io.rdesuite.api.ApiVersion.V2024;
import static io.rdesuite.api.ApiVersion.V2025;
import static io.rdesuite.api.ApiVersion.V2026;
import static io.rdesuite.api.ApiVersion.V3;
import static io.rdesuite.simulator.testing.SimHarness.MANAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.testing.SimHarness;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The five path families on one simulator: one state by default (a report started through one version is read,
 * downloaded and cancelled through the others) or, with versionsShareState off, a state each; the rate limit
 * counted per client and version by default, or once for all versions with rateLimitPerVersion off.
 */
class ApiVersionsTest {

    private static final String BODY = ReportExamples.json(ReportType.ACCOUNTS);

    private SimHarness h;

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void byDefault_aReportStartedThroughOneVersionIsReadDownloadedAndCancelledThroughEveryOther() {
        h = SimHarness.start();
        String finished = start(V1);
        h.finishRunningReports();
        String running = start(V2024, ReportExamples.json(ReportType.IDENTITIES));

        for (ApiVersion v : List.of(V3, V2024, V2025, V2026)) {
            assertThat(get(v, Operation.GET_REPORT_RESULT, finished).<String>path("status")).as(v.label()).isEqualTo("SUCCESS");
            assertThat(download(v, finished).statusCode()).as(v.label()).isEqualTo(200);
        }
        assertThat(h.as(MANAGE).post(Operation.CANCEL_REPORT.path(V2026, running)).statusCode()).isEqualTo(204);
        assertThat(get(V1, Operation.GET_REPORT_RESULT, running).<String>path("status")).isEqualTo("TERMINATED");
    }

    @Test
    void withStateNotShared_aReportIsKnownOnlyToTheVersionItWasStartedThrough() {
        h = SimHarness.start(b -> b.versionsShareState(false));
        String id = start(V3);
        h.finishRunningReports();

        assertThat(get(V3, Operation.GET_REPORT_RESULT, id).<String>path("status")).isEqualTo("SUCCESS");
        assertThat(get(V2025, Operation.GET_REPORT_RESULT, id).as(Map.class)).isEmpty();
        assertThat(download(V1, id).statusCode()).isEqualTo(404);
        assertThat(download(V3, id).statusCode()).isEqualTo(200);
        assertThat(h.control("GET", "/tasks", null).<List<String>>path("id")).containsExactly(id);
    }

    @Test
    void repeatedStartThroughAnotherVersion_joinsTheRunningTaskOnlyWhenStateIsShared() {
        h = SimHarness.start();
        assertThat(start(V3)).isEqualTo(start(V1));
        h.close();

        h = SimHarness.start(b -> b.versionsShareState(false));
        assertThat(start(V3)).isNotEqualTo(start(V1));
        assertThat(h.control("GET", "/tasks", null).<List<String>>path("id")).hasSize(2);
    }

    @Test
    void byDefault_aClientOverItsLimitInOneVersionIsServedInAnother() {
        h = SimHarness.start(onePerWindow(b -> { }));

        assertThat(statusOfResult(V3)).isEqualTo(200);
        assertThat(statusOfResult(V3)).isEqualTo(429);

        assertThat(statusOfResult(V1)).isEqualTo(200);
        assertThat(statusOfResult(V2025)).isEqualTo(200);
        assertThat(statusOfResult(V1)).isEqualTo(429);
    }

    @Test
    void withOneBudgetForAllVersions_aClientOverItsLimitInOneVersionIsRefusedInEvery() {
        h = SimHarness.start(onePerWindow(b -> b.rateLimitPerVersion(false)));

        assertThat(statusOfResult(V3)).isEqualTo(200);

        assertThat(List.of(statusOfResult(V1), statusOfResult(V2024), statusOfResult(V3))).containsOnly(429);
    }

    @Test
    void settingsShowBothChoices_thePutChangesThem_andResetRestoresThem() {
        h = SimHarness.start();
        Response settings = h.control("GET", "/settings", null);
        assertThat(settings.<Boolean>path("versionsShareState")).isTrue();
        assertThat(settings.<Boolean>path("rateLimits.perVersion")).isTrue();

        h.control("PUT", "/settings", "{\"versionsShareState\":false}");
        h.control("PUT", "/rate-limits", "{\"perVersion\":false}");
        String id = start(V3);
        assertThat(h.control("GET", "/settings", null).<Boolean>path("versionsShareState")).isFalse();
        assertThat(h.control("GET", "/settings", null).<Boolean>path("rateLimits.perVersion")).isFalse();
        assertThat(get(V1, Operation.GET_REPORT_RESULT, id).as(Map.class)).isEmpty();

        h.reset();
        assertThat(h.control("GET", "/settings", null).<Boolean>path("versionsShareState")).isTrue();
        assertThat(h.control("GET", "/settings", null).<Boolean>path("rateLimits.perVersion")).isTrue();
    }

    @Test
    void infoListsTheVersionsServed_withTheirBasePaths() {
        h = SimHarness.start();

        Response info = h.control("GET", "/info", null);

        assertThat(info.<List<String>>path("versions.label")).containsExactly("v3", "v2024", "v2025", "v2026", "v1");
        assertThat(info.<List<String>>path("versions.basePath")).containsExactly("/v3/reports", "/v2024/reports",
                "/v2025/reports", "/v2026/reports", "/reports/v1");
    }

    private static Consumer<io.rdesuite.simulator.SimulatorConfig.Builder> onePerWindow(
            Consumer<io.rdesuite.simulator.SimulatorConfig.Builder> more) {
        return b -> more.accept(b.rateLimit(RateLimitSpec.parse("1/10s")));
    }

    private int statusOfResult(ApiVersion version) {
        return get(version, Operation.GET_REPORT_RESULT, SimHarness.UNKNOWN_ID).statusCode();
    }

    private String start(ApiVersion version) {
        return start(version, BODY);
    }

    private String start(ApiVersion version, String body) {
        return h.as(MANAGE).contentType(ContentType.JSON).body(body).post(Operation.START_REPORT.template(version))
                .then().statusCode(200).extract().path("id");
    }

    private Response get(ApiVersion version, Operation operation, String id) {
        return h.as(MANAGE).get(operation.path(version, id));
    }

    private Response download(ApiVersion version, String id) {
        return h.as(MANAGE).queryParam("fileFormat", "csv").get(Operation.GET_REPORT.path(version, id));
    }
}
