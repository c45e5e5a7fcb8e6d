package io.rdesuite.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdesuite.simulator.testing.SimHarness;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A control API started with a control token: every call needs it as a bearer token, else 401. */
class ControlTokenTest {

    private static final String TOKEN = "0123456789abcdef-control-token";
    private static SimHarness h;

    @BeforeAll
    static void start() {
        h = SimHarness.start(b -> b.controlToken(TOKEN));
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /info", "POST /reset", "GET /faults", "POST /faults", "DELETE /faults",
        "GET /audit-events", "GET /tasks", "GET /rate-limits", "PUT /rate-limits", "GET /settings",
        "PUT /settings", "GET /defects", "PUT /defects", "POST /tokens"})
    void everyControlCall_withoutTheToken_answers401WithAJsonBodyNamingTheSimulator(String call) {
        String[] methodAndPath = call.split(" ");

        Response response = control(h.anonymous(), methodAndPath[0], methodAndPath[1], "{}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.<String>path("simulator")).isEqualTo("reports-api-simulator");
        assertThat(response.<String>path("error")).contains("Authorization: Bearer");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.asString()).doesNotContain(TOKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer wrong-token-0123456789abcdef", "Bearer " + TOKEN + "x", "Bearer x" + TOKEN,
        "Bearer " + "0123456789abcdef", "Basic " + TOKEN, TOKEN, "Bearer ", "Bearer"})
    void aWrongToken_orAnotherScheme_answers401(String authorization) {
        Response response = h.anonymous().header("Authorization", authorization).get("/__simulator/info");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void theToken_asABearerToken_opensEveryCall() {
        assertThat(withToken("Bearer ").get("/__simulator/info").statusCode()).isEqualTo(200);
        assertThat(withToken("bearer ").get("/__simulator/tasks").statusCode()).isEqualTo(200);
        assertThat(control(withToken("Bearer "), "POST", "/tokens", "{\"clientId\":\"demo-read\"}")
                .<String>path("access_token")).isNotBlank();
    }

    @Test
    void aRefusedCall_changesNothing() {
        Response refused = control(h.anonymous(), "PUT", "/defects", "{\"defects\":[\"AUTH_NOT_CHECKED\"]}");
        Response minted = control(h.anonymous(), "POST", "/tokens", "{\"clientId\":\"demo-manage\"}");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(minted.statusCode()).isEqualTo(401);
        assertThat(minted.asString()).doesNotContain("access_token");
        assertThat(withToken("Bearer ").get("/__simulator/defects").<List<String>>path("defects")).isEmpty();
    }

    @Test
    void theApi_stillTakesItsOwnTokens_notTheControlToken() {
        assertThat(h.as(SimHarness.READ).get("/v3/reports/" + SimHarness.UNKNOWN_ID + "/result").statusCode())
                .isEqualTo(200);
        assertThat(h.bearer(TOKEN).get("/v3/reports/" + SimHarness.UNKNOWN_ID + "/result").statusCode())
                .isEqualTo(401);
    }

    @Test
    void aShortOrSpacedToken_isRefused_withoutRepeatingIt() {
        assertThatThrownBy(() -> ControlToken.of("short-token"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 16 characters").hasMessageNotContaining("short-token");
        assertThatThrownBy(() -> ControlToken.of("a token with spaces in it"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("spaces in it");
        assertThat(ControlToken.of(TOKEN)).hasToString("ControlToken[<redacted>]");
    }

    private static RequestSpecification withToken(String scheme) {
        return h.anonymous().header("Authorization", scheme + TOKEN);
    }

    private static Response control(RequestSpecification request, String method, String path, String json) {
        RequestSpecification r = method.equals("GET") || method.equals("DELETE") ? request
                : request.contentType(ContentType.JSON).body(json);
        return r.request(method, "/__simulator" + path);
    }
}
