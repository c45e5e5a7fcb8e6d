package io.rdesuite.simulator.http;

import static io.rdesuite.simulator.testing.SimHarness.HEX32;
import static io.rdesuite.simulator.testing.SimHarness.MANAGE;
import static io.rdesuite.simulator.testing.SimHarness.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.testing.RawHttp;
import io.rdesuite.simulator.testing.SharedSimulatorTest;
import io.rdesuite.simulator.testing.SimHarness;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every answer carries an SLPT-Request-ID; odd requests never get a 5xx, HTML or a stack trace. */
class RequestIdAndErrorShapesTest extends SharedSimulatorTest {

    private static final String IDENTITIES_BODY = ReportExamples.json(ReportType.IDENTITIES);

    private static final ObjectMapper JSON = new ObjectMapper();

    Stream<Arguments> answersOfEveryKind() {
        return Stream.of(
                Arguments.of("200 token", (Function<SimHarness, Response>) s -> s.anonymous()
                        .formParam("grant_type", "client_credentials").formParam("client_id", MANAGE)
                        .formParam("client_secret", "demo-manage-secret").post("/oauth/token"), 200),
                Arguments.of("401 token", (Function<SimHarness, Response>) s -> s.anonymous()
                        .formParam("grant_type", "client_credentials").formParam("client_id", "nobody")
                        .formParam("client_secret", "x").post("/oauth/token"), 401),
                Arguments.of("405 token", (Function<SimHarness, Response>) s -> s.anonymous().get("/oauth/token"), 405),
                Arguments.of("200 startReport", (Function<SimHarness, Response>) s -> s.as(MANAGE)
                        .contentType(ContentType.JSON).body(IDENTITIES_BODY).post(Operation.START_REPORT.template()), 200),
                Arguments.of("400 startReport", (Function<SimHarness, Response>) s -> s.as(MANAGE)
                        .contentType(ContentType.JSON).body("{}").post(Operation.START_REPORT.template()), 400),
                Arguments.of("401 result", (Function<SimHarness, Response>) s -> s.anonymous()
                        .get(Operation.GET_REPORT_RESULT.path(UNKNOWN_ID)), 401),
                Arguments.of("403 result", (Function<SimHarness, Response>) s -> s.as(SimHarness.NONE)
                        .get(Operation.GET_REPORT_RESULT.path(UNKNOWN_ID)), 403),
                Arguments.of("404 getReport", (Function<SimHarness, Response>) s -> s.download(UNKNOWN_ID, "csv"), 404),
                Arguments.of("404 unknown path", (Function<SimHarness, Response>) s -> s.anonymous().get("/nowhere"), 404),
                Arguments.of("405 run", (Function<SimHarness, Response>) s -> s.as(MANAGE).delete(Operation.START_REPORT.template()), 405),
                Arguments.of("204 cancel", (Function<SimHarness, Response>) s -> s.as(MANAGE)
                        .post(Operation.CANCEL_REPORT.path(s.startReport(IDENTITIES_BODY))), 204),
                Arguments.of("200 control info", (Function<SimHarness, Response>) s -> s.anonymous()
                        .get("/__simulator/info"), 200),
                Arguments.of("204 control reset", (Function<SimHarness, Response>) s -> s.anonymous()
                        .post("/__simulator/reset"), 204),
                Arguments.of("400 control faults", (Function<SimHarness, Response>) s -> s.control("POST", "/faults",
                        "{\"operation\":\"nope\"}"), 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answersOfEveryKind")
    void everyAnswer_carriesA32HexRequestId(String name, Function<SimHarness, Response> call, int status) {
        Response response = call.apply(h);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.header("SLPT-Request-ID")).matches(HEX32);
    }

    @Test
    void requestIds_differFromRequestToRequest() {
        String first = h.anonymous().get("/nowhere").header("SLPT-Request-ID");
        String second = h.anonymous().get("/nowhere").header("SLPT-Request-ID");

        assertThat(first).isNotEqualTo(second);
    }

    Stream<Arguments> oddRequests() {
        byte[] garbage = new byte[512];
        new Random(7).nextBytes(garbage);
        String bearer = "Authorization: Bearer " + h.token(MANAGE);
        String json = "Content-Type: application/json";
        return Stream.of(
                odd("binary garbage to startReport", "POST /v3/reports/run HTTP/1.1", garbage, bearer, json),
                odd("binary garbage to the token endpoint", "POST /oauth/token HTTP/1.1", garbage,
                        "Content-Type: application/x-www-form-urlencoded"),
                odd("broken multipart to the token endpoint", "POST /oauth/token HTTP/1.1", bytes("hello"),
                        "Content-Type: multipart/form-data; boundary=zz"),
                odd("bad escape in a form body", "POST /oauth/token HTTP/1.1", bytes("a=%zz&b"),
                        "Content-Type: application/x-www-form-urlencoded"),
                odd("JSON array body", "POST /v3/reports/run HTTP/1.1", bytes("[1,2]"), bearer, json),
                odd("JSON string body", "POST /v3/reports/run HTTP/1.1", bytes("\"ACCOUNTS\""), bearer, json),
                odd("JSON number body", "POST /v3/reports/run HTTP/1.1", bytes("42"), bearer, json),
                odd("JSON null body", "POST /v3/reports/run HTTP/1.1", bytes("null"), bearer, json),
                odd("reportType a number", "POST /v3/reports/run HTTP/1.1", bytes("{\"reportType\":42}"), bearer, json),
                odd("arguments an array", "POST /v3/reports/run HTTP/1.1",
                        bytes("{\"reportType\":\"IDENTITIES\",\"arguments\":[]}"), bearer, json),
                odd("trailing garbage after JSON", "POST /v3/reports/run HTTP/1.1",
                        bytes("{\"reportType\":\"IDENTITIES\"} }"), bearer, json),
                odd("unicode reportType", "POST /v3/reports/run HTTP/1.1",
                        bytes("{\"reportType\":\"\u00c4\u00d6\u65e5\u672c\ud83d\ude00\"}"), bearer, json),
                odd("body in XML", "POST /v3/reports/run HTTP/1.1", bytes("<report/>"), bearer,
                        "Content-Type: application/xml"),
                odd("huge query string", "GET /v3/reports/" + UNKNOWN_ID + "/result?q=" + "x".repeat(60_000)
                        + " HTTP/1.1", new byte[0], bearer),
                odd("2000 query parameters", "GET /v3/reports/" + UNKNOWN_ID + "?" + "fileFormat=csv&".repeat(2_000)
                        + " HTTP/1.1", new byte[0], bearer),
                odd("raw UTF-8 in the path", "GET /v3/reports/\u00e9\u65e5/result HTTP/1.1", new byte[0], bearer),
                odd("escaped UTF-8 in the path", "GET /v3/reports/%E2%98%83 HTTP/1.1", new byte[0], bearer),
                odd("dot segments", "GET /v3/reports/%2e%2e/%2e%2e/etc/passwd HTTP/1.1", new byte[0], bearer),
                odd("unknown path", "GET /v2/reports HTTP/1.1", new byte[0], bearer),
                odd("too deep a path", "GET /v3/reports/a/b/c/d HTTP/1.1", new byte[0], bearer),
                odd("empty segments", "GET //// HTTP/1.1", new byte[0]),
                odd("asterisk target", "OPTIONS * HTTP/1.1", new byte[0]),
                odd("DELETE on startReport", "DELETE /v3/reports/run HTTP/1.1", new byte[0], bearer),
                odd("invented method", "BREW /v3/reports/run HTTP/1.1", new byte[0], bearer),
                odd("PUT on the token endpoint", "PUT /oauth/token HTTP/1.1", new byte[0]),
                odd("fileFormat with unicode", "GET /v3/reports/" + UNKNOWN_ID + "?fileFormat=%F0%9F%93%84 HTTP/1.1",
                        new byte[0], bearer),
                odd("completed not a boolean", "GET /v3/reports/" + UNKNOWN_ID + "/result?completed=%00 HTTP/1.1",
                        new byte[0], bearer),
                odd("junk bearer token", "GET /v3/reports/" + UNKNOWN_ID + "/result HTTP/1.1", new byte[0],
                        "Authorization: Bearer \u00ff\u00fe..%%"),
                odd("huge Authorization header", "GET /v3/reports/" + UNKNOWN_ID + "/result HTTP/1.1", new byte[0],
                        "Authorization: Bearer " + "a".repeat(16_000)),
                odd("settings with junk values", "PUT /__simulator/settings HTTP/1.1",
                        bytes("{\"reportDuration\":\"soon\"}"), json),
                odd("settings with an unknown report type", "PUT /__simulator/settings HTTP/1.1",
                        bytes("{\"outcomes\":{\"NOPE\":\"SUCCESS\"}}"), json),
                odd("settings with an unknown running view", "PUT /__simulator/settings HTTP/1.1",
                        bytes("{\"runningResultView\":\"sideways\"}"), json),
                odd("rate limits with junk", "PUT /__simulator/rate-limits HTTP/1.1",
                        bytes("{\"default\":\"fast\"}"), json),
                odd("fault as an array", "POST /__simulator/faults HTTP/1.1", bytes("[]"), json),
                odd("token minting for nobody", "POST /__simulator/tokens HTTP/1.1", bytes("{\"clientId\":7}"), json));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddRequests")
    void oddRequest_answersBelow500WithAJsonBodyAndARequestId(String name, String requestLine, byte[] body,
                                                               String[] headers) throws Exception {
        RawHttp.Response response = RawHttp.send(h.simulator().port(), requestLine, body, headers);

        assertThat(response.status()).isBetween(200, 499);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode parsed = JSON.readTree(response.body());
        assertThat(parsed.isObject()).isTrue();
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "<html");
        assertThat(response.header("SLPT-Request-ID")).matches(HEX32);
    }

    /**
     * Undertow's request parser refuses a malformed percent escape itself, before any simulator code runs, with
     * a bare 400: no JSON body and no SLPT-Request-ID can be added there. This pins that it stays a 400.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedEscapes")
    void malformedPercentEscape_isRefusedByTheHttpParserWith400(String requestLine) {
        RawHttp.Response response = RawHttp.send(h.simulator().port(), requestLine);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception", "<html");
    }

    static Stream<String> malformedEscapes() {
        return Stream.of("GET /v3/reports/%zz HTTP/1.1", "GET /%zz HTTP/1.1",
                "GET /v3/reports/" + UNKNOWN_ID + "?fileFormat=%zz HTTP/1.1");
    }

    @Test
    void errorResponseDto_hasDetailCodeTrackingIdAndAnEnglishMessage() {
        Response response = h.as(MANAGE).contentType(ContentType.JSON).body("{}").post(Operation.START_REPORT.template());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.<String>path("detailCode")).isEqualTo("400.1.0 Required Data Missing Or Empty");
        assertThat(response.<String>path("trackingId")).matches(HEX32);
        assertThat(response.<String>path("messages[0].locale")).isEqualTo("en-US");
        assertThat(response.<String>path("messages[0].localeOrigin")).isEqualTo("DEFAULT");
        assertThat(response.<String>path("messages[0].text")).contains("reportType");
        assertThat(response.<java.util.List<?>>path("causes")).isEmpty();
    }

    private static Arguments odd(String name, String requestLine, byte[] body, String... headers) {
        return Arguments.of(name, requestLine, body, headers);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
