package io.rdesuite.simulator.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Operation;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.client.ClientCredentialsTokenProvider;
import io.rdesuite.client.TokenProvider;
import io.rdesuite.config.ClientCredentials;
import io.rdesuite.simulator.ReportsSimulator;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.support.MutableClock;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * An in-process simulator on a free loopback port with a {@link MutableClock}, and per-test REST Assured
 * requests against it (no REST Assured statics). Reports run {@link #REPORT_DURATION} of simulated time and the
 * rate limit is off unless a test configures it. Tokens come from the client's token provider.
 */
public final class SimHarness implements AutoCloseable {

    public static final String MANAGE = "demo-manage";
    public static final String READ = "demo-read";
    public static final String NONE = "demo-none";
    public static final Duration REPORT_DURATION = Duration.ofMillis(50);
    public static final Pattern HEX32 = Pattern.compile("[0-9a-f]{32}");
    public static final String UNKNOWN_ID = "0123456789abcdef0123456789abcdef";

    private static final RestAssuredConfig NO_RETRY_CONFIG = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 5_000)
                    .setParam("http.socket.timeout", 15_000));

    private final MutableClock clock;
    private final ReportsSimulator sim;
    private final Map<String, TokenProvider> tokens = new ConcurrentHashMap<>();

    private SimHarness(MutableClock clock, ReportsSimulator sim) {
        this.clock = clock;
        this.sim = sim;
    }

    public static SimHarness start() {
        return start(b -> { });
    }

    public static SimHarness start(Consumer<SimulatorConfig.Builder> customise) {
        MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
        SimulatorConfig.Builder builder = SimulatorConfig.builder()
                .clock(clock)
                .requestLog(false)
                .reportDuration(REPORT_DURATION)
                .rateLimit(RateLimitSpec.OFF);
        customise.accept(builder);
        return new SimHarness(clock, ReportsSimulator.start(builder.build()));
    }

    public MutableClock clock() {
        return clock;
    }

    public ReportsSimulator simulator() {
        return sim;
    }

    /** Back to the configuration the simulator started with; tokens are fetched anew. */
    public void reset() {
        sim.reset();
        tokens.clear();
    }

    /** A request with the base URI only: no Authorization header. */
    public RequestSpecification anonymous() {
        return RestAssured.given(new RequestSpecBuilder()
                .setBaseUri(sim.baseUrl())
                .setConfig(NO_RETRY_CONFIG)
                .setUrlEncodingEnabled(true)
                .build());
    }

    /** A request bearing a current token of the demo client. */
    public RequestSpecification as(String clientId) {
        return bearer(token(clientId));
    }

    public RequestSpecification bearer(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    /** An access token for a demo client (secret: id + "-secret"), renewed by the simulator's clock. */
    public String token(String clientId) {
        return tokens.computeIfAbsent(clientId, id -> ClientCredentialsTokenProvider
                .builder(URI.create(sim.baseUrl()), new ClientCredentials(id, id + "-secret"))
                .clock(clock)
                .build()).accessToken();
    }

    /** POST /oauth/token with a URL-encoded form, for tests of the endpoint itself; calls get tokens from {@link #token}. */
    public Response tokenRequest(String clientId, String secret) {
        return anonymous().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret).post("/oauth/token");
    }

    /** startReport as demo-manage; asserts 200 and answers the task id. */
    public String startReport(String body) {
        Response response = as(MANAGE).contentType(ContentType.JSON).body(body)
                .post(Operation.START_REPORT.template());
        assertThat(response.statusCode()).as("startReport %s: %s", body, response.asString()).isEqualTo(200);
        return response.path("id");
    }

    /** Starts a report and moves the clock past its end. */
    public String completedReport(String body) {
        String id = startReport(body);
        finishRunningReports();
        return id;
    }

    public void finishRunningReports() {
        clock.advance(REPORT_DURATION.plusMillis(1));
    }

    public Response result(String id) {
        return as(READ).get(Operation.GET_REPORT_RESULT.path(id));
    }

    public Response download(String id, String fileFormat) {
        return as(READ).queryParam("fileFormat", fileFormat).get(Operation.GET_REPORT.path(id));
    }

    /** A control API call, with a JSON body unless it is null. */
    public Response control(String method, String path, String jsonBody) {
        RequestSpecification request = anonymous();
        if (jsonBody != null) {
            request = request.contentType(ContentType.JSON).body(jsonBody);
        }
        return request.request(method, "/__simulator" + path);
    }

    /** The token with the first character of its signature changed (that one carries full bits; the last may not). */
    public static String tampered(String jwt) {
        int signature = jwt.lastIndexOf('.') + 1;
        char c = jwt.charAt(signature);
        return jwt.substring(0, signature) + (c == 'A' ? 'B' : 'A') + jwt.substring(signature + 1);
    }

    @Override
    public void close() {
        sim.close();
    }
}
