package io.rdesuite.simulator.control;

import static io.rdesuite.simulator.testing.SimHarness.HEX32;
import static io.rdesuite.simulator.testing.SimHarness.MANAGE;
import static io.rdesuite.simulator.testing.SimHarness.READ;
import static io.rdesuite.simulator.testing.SimHarness.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Defect;
import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.testing.SharedSimulatorTest;
import io.rdesuite.simulator.testing.SimHarness;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The /__simulator control API: info, reset, faults, settings, defects, tasks, audit events, token minting. */
class ControlApiTest extends SharedSimulatorTest {

    private static final String ACCOUNTS_BODY = ReportExamples.json(ReportType.ACCOUNTS);
    private static final String IDENTITIES_BODY = ReportExamples.json(ReportType.IDENTITIES);

    @Test
    void info_namesTheSimulatorAndItsSettings() {
        Response info = h.control("GET", "/info", null);

        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.<String>path("simulator")).isEqualTo("reports-api-simulator");
        assertThat(info.<String>path("version")).isNotBlank();
        assertThat(info.<String>path("baseUrl")).isEqualTo(h.simulator().baseUrl());
        assertThat(info.<String>path("settings.reportDuration")).isEqualTo("50ms");
        assertThat(info.<String>path("settings.rateLimits.default")).isEqualTo("off");
        assertThat(info.<List<String>>path("settings.clients.clientId")).containsExactly(MANAGE, READ, SimHarness.NONE);
        assertThat(info.asString()).doesNotContain("demo-manage-secret");
        assertThat(info.<List<String>>path("defectsAvailable.name")).hasSize(Defect.values().length);
    }

    @Test
    void reset_clearsTasksFaultsAuditEventsAndRestoresSettings() {
        String id = h.completedReport(ACCOUNTS_BODY);
        h.as(READ).queryParam("fileFormat", "csv").queryParam("auditable", true).get(Operation.GET_REPORT.path(id));
        h.control("POST", "/faults", "{\"operation\":\"getReport\",\"status\":503,\"count\":5}");
        h.control("PUT", "/settings", "{\"reportDuration\":\"5s\",\"outcomes\":{\"ACCOUNTS\":\"ERROR\"},\"runningResultView\":\"EMPTY\"}");
        h.control("PUT", "/defects", "{\"defects\":[\"AUTH_NOT_CHECKED\"]}");
        h.control("PUT", "/rate-limits", "{\"default\":\"1/10s\"}");

        Response reset = h.control("POST", "/reset", null);

        assertThat(reset.statusCode()).isEqualTo(204);
        assertThat(h.control("GET", "/tasks", null).<List<?>>path("")).isEmpty();
        assertThat(h.control("GET", "/audit-events", null).<List<?>>path("")).isEmpty();
        assertThat(h.control("GET", "/faults", null).<List<?>>path("")).isEmpty();
        Response settings = h.control("GET", "/settings", null);
        assertThat(settings.<String>path("reportDuration")).isEqualTo("50ms");
        assertThat(settings.<Map<String, String>>path("outcomes")).isEmpty();
        assertThat(settings.<String>path("runningResultView")).isEqualTo("OMIT_STATUS");
        assertThat(settings.<List<String>>path("defects")).isEmpty();
        assertThat(settings.<String>path("rateLimits.default")).isEqualTo("off");
        assertThat(h.result(id).as(Map.class)).isEmpty();
    }

    @Test
    void reset_restartsRateLimitWindows() {
        try (SimHarness limited = SimHarness.start(b -> b.rateLimit(io.rdesuite.api.RateLimitSpec.parse("1/10s")))) {
            limited.result(UNKNOWN_ID);
            assertThat(limited.result(UNKNOWN_ID).statusCode()).isEqualTo(429);

            limited.control("POST", "/reset", null);

            assertThat(limited.result(UNKNOWN_ID).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void armedFault_answersItsStatusForCountCallsThenNormal() {
        String id = h.completedReport(ACCOUNTS_BODY);

        Response armed = h.control("POST", "/faults", "{\"operation\":\"getReport\",\"status\":500,\"count\":2}");

        assertThat(armed.statusCode()).isEqualTo(201);
        for (int i = 0; i < 2; i++) {
            Response faulty = h.download(id, "csv");
            assertThat(faulty.statusCode()).isEqualTo(500);
            assertThat(faulty.<String>path("detailCode")).isEqualTo("500.0 Internal Fault");
            assertThat(faulty.<String>path("trackingId")).matches(HEX32);
        }
        assertThat(h.download(id, "csv").statusCode()).isEqualTo(200);
    }

    @Test
    void armedFault_hitsOnlyItsOperation() {
        h.control("POST", "/faults", "{\"operation\":\"getReport\",\"status\":503}");

        assertThat(h.result(UNKNOWN_ID).statusCode()).isEqualTo(200);
        assertThat(h.control("GET", "/faults", null).<List<Integer>>path("remaining")).containsExactly(1);
    }

    @Test
    void latencyFault_holdsTheAnswerBackAtLeastLatencyMs() {
        h.control("POST", "/faults", "{\"operation\":\"getReportResult\",\"status\":0,\"latencyMs\":300}");
        long start = System.nanoTime();

        Response response = h.result(UNKNOWN_ID);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    static Stream<Arguments> invalidFaults() {
        return Stream.of(
                Arguments.of("not JSON", "{oops"),
                Arguments.of("an array", "[]"),
                Arguments.of("unknown operation", "{\"operation\":\"deleteReport\"}"),
                Arguments.of("status 200", "{\"operation\":\"getReport\",\"status\":200}"),
                Arguments.of("count 0", "{\"operation\":\"getReport\",\"count\":0}"),
                Arguments.of("negative latency", "{\"operation\":\"getReport\",\"status\":0,\"latencyMs\":-1}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFaults")
    void invalidFault_answers400AndArmsNothing(String name, String body) {
        Response response = h.control("POST", "/faults", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.<String>path("detailCode")).isEqualTo("400.1.3 Illegal value");
        assertThat(h.control("GET", "/faults", null).<List<?>>path("")).isEmpty();
    }

    @Test
    void deleteFaults_disarmsThem() {
        h.control("POST", "/faults", "{\"operation\":\"*\",\"status\":500,\"count\":3}");

        assertThat(h.control("DELETE", "/faults", null).statusCode()).isEqualTo(204);

        assertThat(h.result(UNKNOWN_ID).statusCode()).isEqualTo(200);
    }

    @Test
    void tasks_listsEveryStartedReport() {
        String first = h.startReport(ACCOUNTS_BODY);
        String second = h.startReport(IDENTITIES_BODY);

        Response tasks = h.control("GET", "/tasks", null);

        assertThat(tasks.<List<String>>path("id")).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void reportDurationSetting_appliesToReportsStartedAfterIt() {
        Response put = h.control("PUT", "/settings", "{\"reportDuration\":\"2s\"}");
        String id = h.startReport(ACCOUNTS_BODY);

        h.clock().advance(Duration.ofMillis(1_999));
        Response running = h.result(id);
        h.clock().advance(Duration.ofMillis(1));
        Response done = h.result(id);

        assertThat(put.<String>path("reportDuration")).isEqualTo("2s");
        assertThat(running.<String>path("status")).isNull();
        assertThat(done.<String>path("status")).isEqualTo("SUCCESS");
        assertThat(done.<Integer>path("duration")).isEqualTo(2_000);
    }

    @ParameterizedTest
    @MethodSource("invalidSettings")
    void invalidSettings_answer400(String body) {
        Response response = h.control("PUT", "/settings", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(h.control("GET", "/settings", null).<String>path("reportDuration")).isEqualTo("50ms");
    }

    static Stream<String> invalidSettings() {
        return Stream.of("{\"reportDuration\":\"soon\"}", "{\"reportDuration\":\"-1s\"}",
                "{\"outcomes\":{\"PAYROLL\":\"SUCCESS\"}}", "{\"outcomes\":{\"ACCOUNTS\":\"MAYBE\"}}",
                "{\"runningResultView\":\"SIDEWAYS\"}");
    }

    @Test
    void defects_canBeSetAndRead() {
        Response put = h.control("PUT", "/defects", "{\"defects\":[\"CANCEL_IGNORED\",\"PDF_CORRUPT\"]}");

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(h.control("GET", "/defects", null).<List<String>>path("defects"))
                .containsExactlyInAnyOrder("CANCEL_IGNORED", "PDF_CORRUPT");
    }

    @Test
    void unknownDefect_answers400AndChangesNothing() {
        h.control("PUT", "/defects", "{\"defects\":[\"CANCEL_IGNORED\"]}");

        Response put = h.control("PUT", "/defects", "{\"defects\":[\"PDF_CORRUPT\",\"NO_SUCH_DEFECT\"]}");

        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(put.<String>path("messages[0].text")).contains("NO_SUCH_DEFECT");
        assertThat(h.control("GET", "/defects", null).<List<String>>path("defects")).containsExactly("CANCEL_IGNORED");
    }

    @Test
    void invalidRateLimits_answer400() {
        Response put = h.control("PUT", "/rate-limits", "{\"default\":\"5 per second\"}");

        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(h.control("GET", "/rate-limits", null).<String>path("default")).isEqualTo("off");
    }

    @Test
    void mintedExpiredToken_isRefusedAsExpired() {
        Response minted = h.control("POST", "/tokens", "{\"clientId\":\"demo-read\",\"expiresIn\":-10}");

        Response response = h.bearer(minted.path("access_token")).get(Operation.GET_REPORT_RESULT.path(UNKNOWN_ID));

        assertThat(minted.statusCode()).isEqualTo(200);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.as(Map.class)).isEqualTo(Map.of("error", "JWT validation failed: JWT is expired"));
    }

    @Test
    void mintedToken_forAnUnknownClient_answers400() {
        Response minted = h.control("POST", "/tokens", "{\"clientId\":\"nobody\"}");

        assertThat(minted.statusCode()).isEqualTo(400);
    }

    @Test
    void controlApiOff_answers404() {
        try (SimHarness plain = SimHarness.start(b -> b.controlApi(false))) {
            Response info = plain.anonymous().get("/__simulator/info");

            assertThat(info.statusCode()).isEqualTo(404);
            assertThat(info.<String>path("detailCode")).isEqualTo("404 Not found");
        }
    }
}
