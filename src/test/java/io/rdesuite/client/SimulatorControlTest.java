package io.rdesuite.client;

import io.rdesuite.api.Defect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.model.TokenResponse;
import io.rdesuite.support.StubHttpServer;
import io.rdesuite.support.StubHttpServer.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatorControlTest {

    private final StubHttpServer stub = StubHttpServer.start();
    private final SimulatorControl control = new SimulatorControl(stub.baseUri());

    @AfterEach
    void stopStub() {
        stub.close();
    }

    @Test
    void detect_findsASimulatorByItsInfoEndpoint() {
        stub.on("GET", "/__simulator/info", Reply.json(200, "{\"simulator\":\"rdesuite\",\"version\":\"0.1.0\"}"));

        assertThat(SimulatorControl.detect(stub.baseUri())).isPresent();
    }

    @Test
    void detect_ignoresATargetWithoutTheSimulatorField() {
        stub.on("GET", "/__simulator/info", Reply.json(200, "{\"name\":\"something else\"}"));

        assertThat(SimulatorControl.detect(stub.baseUri())).isEmpty();
    }

    @Test
    void detect_ignoresATargetThatAnswers404OrNonJson() {
        assertThat(SimulatorControl.detect(stub.baseUri())).isEmpty();

        stub.on("GET", "/__simulator/info", Reply.bytes(200, "text/html", "<html>".getBytes()));
        assertThat(SimulatorControl.detect(stub.baseUri())).isEmpty();
    }

    @Test
    void armFault_postsTheFaultAndExpects201() throws Exception {
        stub.on("POST", "/__simulator/faults", Reply.status(201));

        control.armFault("getReport", 500, 2, 150);

        StubHttpServer.Recorded request = stub.requests().get(0);
        assertThat(request.header("Authorization")).isNull();
        assertThat(Json.mapper().readTree(request.body())).isEqualTo(Json.mapper().readTree(
                "{\"operation\":\"getReport\",\"status\":500,\"count\":2,\"latencyMs\":150}"));
    }

    @Test
    void controlCall_withAnUnexpectedStatus_failsWithApiException() {
        stub.on("POST", "/__simulator/reset", Reply.json(400, "{\"error\":\"nope\"}"));

        assertThatThrownBy(control::reset)
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("POST /__simulator/reset");
    }

    @Test
    void settings_areSentAsTheSimulatorExpects() throws Exception {
        stub.on("PUT", "/__simulator/rate-limits", Reply.json(200, "{}"))
                .on("PUT", "/__simulator/settings", Reply.json(200, "{}"))
                .on("PUT", "/__simulator/defects", Reply.json(200, "{}"))
                .on("DELETE", "/__simulator/faults", Reply.status(204))
                .on("POST", "/__simulator/reset", Reply.status(204));

        control.setRateLimits("5/10s", Map.of("reader", "off"));
        control.setReportDuration(Duration.ofMillis(300));
        control.setOutcome(ReportType.ACCOUNTS, "WARNING");
        control.setDefects(List.of(Defect.RETRY_AFTER_MISSING));
        control.clearFaults();
        control.reset();

        List<JsonNode> bodies = stub.requests().stream().limit(4).map(r -> readTree(r.body())).toList();
        assertThat(bodies).containsExactly(
                readTree("{\"default\":\"5/10s\",\"clients\":{\"reader\":\"off\"},\"escalation\":false}"),
                readTree("{\"reportDuration\":\"300ms\"}"),
                readTree("{\"outcomes\":{\"ACCOUNTS\":\"WARNING\"}}"),
                readTree("{\"defects\":[\"RETRY_AFTER_MISSING\"]}"));
        assertThat(stub.requests()).extracting(r -> r.method() + " " + r.path()).endsWith(
                "DELETE /__simulator/faults", "POST /__simulator/reset");
    }

    @Test
    void readers_mapTheSimulatorsAnswers() {
        stub.on("GET", "/__simulator/audit-events", Reply.json(200, """
                        [{"type":"REPORT_DOWNLOADED","taskResultId":"abc","clientId":"c","fileFormat":"CSV",
                          "fileName":"x.csv","timestamp":"2026-08-01T10:00:00Z"}]"""))
                .on("GET", "/__simulator/tasks", Reply.json(200, "[{\"id\":\"abc\",\"reportType\":\"ACCOUNTS\"}]"))
                .on("POST", "/__simulator/tokens", Reply.json(200,
                        "{\"access_token\":\"expired.jwt\",\"token_type\":\"bearer\",\"expires_in\":-60}"))
                .on("GET", "/__simulator/info", Reply.json(200, "{\"simulator\":\"rdesuite\"}"));

        assertThat(control.auditEvents()).singleElement()
                .satisfies(event -> assertThat(event.get("type").asText()).isEqualTo("REPORT_DOWNLOADED"));
        assertThat(control.tasks()).singleElement()
                .satisfies(task -> assertThat(task.reportType()).isEqualTo(ReportType.ACCOUNTS));
        TokenResponse token = control.mintToken("c", -60);
        assertThat(token.accessToken()).isEqualTo("expired.jwt");
        assertThat(token.expiresIn()).isEqualTo(-60);
        assertThat(control.info().get("simulator").asText()).isEqualTo("rdesuite");
        assertThat(readTree(stub.requests("POST", "/__simulator/tokens").get(0).body()))
                .isEqualTo(readTree("{\"clientId\":\"c\",\"expiresIn\":-60}"));
    }

    private static JsonNode readTree(Object json) {
        try {
            return json instanceof byte[] bytes ? Json.mapper().readTree(bytes) : Json.mapper().readTree((String) json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
