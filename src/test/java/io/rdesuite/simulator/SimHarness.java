package io.rdesuite.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.support.MutableClock;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * An in-process simulator on a free loopback port with a {@link MutableClock}, and per-test REST Assured
 * requests against it (no REST Assured statics). Reports run {@link #REPORT_DURATION} of simulated time and the
 * rate limit is off unless a test configures it.
 */
final class SimHarness implements AutoCloseable {

    static final String MANAGE = "demo-manage";
    static final String READ = "demo-read";
    static final String NONE = "demo-none";
    static final Duration REPORT_DURATION = Duration.ofMillis(50);
    static final Pattern HEX32 = Pattern.compile("[0-9a-f]{32}");
    static final String UNKNOWN_ID = "0123456789abcdef0123456789abcdef";

    static final String ACCOUNTS_BODY = """
            {"reportType":"ACCOUNTS","arguments":{"application":"2c9180897eSourceIde781782f705b9","sourceName":"Active Directory"}}""";
    static final String IDENTITIES_BODY = """
            {"reportType":"IDENTITIES","arguments":{"correlatedOnly":true}}""";

    private static final RestAssuredConfig NO_RETRY_CONFIG = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 5_000)
                    .setParam("http.socket.timeout", 15_000));

    final MutableClock clock;
    final ReportsSimulator sim;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private SimHarness(MutableClock clock, ReportsSimulator sim) {
        this.clock = clock;
        this.sim = sim;
    }

    static SimHarness start() {
        return start(b -> { });
    }

    static SimHarness start(Consumer<SimulatorConfig.Builder> customise) {
        MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
        SimulatorConfig.Builder builder = SimulatorConfig.builder()
                .clock(clock)
                .requestLog(false)
                .reportDuration(REPORT_DURATION)
                .rateLimit(RateLimitSpec.OFF);
        customise.accept(builder);
        return new SimHarness(clock, ReportsSimulator.start(builder.build()));
    }

    /** Back to the configuration the simulator started with; tokens are fetched anew. */
    void reset() {
        sim.reset();
        tokens.clear();
    }

    /** A request with the base URI only: no Authorization header. */
    RequestSpecification anonymous() {
        return RestAssured.given(new RequestSpecBuilder()
                .setBaseUri(sim.baseUrl())
                .setConfig(NO_RETRY_CONFIG)
                .setUrlEncodingEnabled(true)
                .build());
    }

    /** A request bearing a current token of the demo client. */
    RequestSpecification as(String clientId) {
        return bearer(token(clientId));
    }

    RequestSpecification bearer(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    /** An access token for a demo client (secret: id + "-secret"), cached until the next reset. */
    String token(String clientId) {
        return tokens.computeIfAbsent(clientId, id -> fetchToken(id, id + "-secret"));
    }

    String fetchToken(String clientId, String secret) {
        Response response = anonymous()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/oauth/token");
        assertThat(response.statusCode()).as("token for %s", clientId).isEqualTo(200);
        return response.path("access_token");
    }

    /** POST /v3/reports/run as demo-manage; asserts 200 and answers the task id. */
    String startReport(String body) {
        Response response = as(MANAGE).contentType(ContentType.JSON).body(body).post("/v3/reports/run");
        assertThat(response.statusCode()).as("startReport %s: %s", body, response.asString()).isEqualTo(200);
        return response.path("id");
    }

    /** Starts a report and moves the clock past its end. */
    String completedReport(String body) {
        String id = startReport(body);
        finishRunningReports();
        return id;
    }

    void finishRunningReports() {
        clock.advance(REPORT_DURATION.plusMillis(1));
    }

    Response result(String id) {
        return as(READ).get("/v3/reports/{id}/result", id);
    }

    Response download(String id, String fileFormat) {
        return as(READ).queryParam("fileFormat", fileFormat).get("/v3/reports/{id}", id);
    }

    /** A control API call with a JSON body. */
    Response control(String method, String path, String jsonBody) {
        RequestSpecification request = anonymous();
        if (jsonBody != null) {
            request = request.contentType(ContentType.JSON).body(jsonBody);
        }
        return request.request(method, "/__simulator" + path);
    }

    @Override
    public void close() {
        sim.close();
    }
}
