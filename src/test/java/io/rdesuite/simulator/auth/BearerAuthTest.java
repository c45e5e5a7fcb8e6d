package io.rdesuite.simulator.auth;

import static io.rdesuite.simulator.testing.SimHarness.MANAGE;
import static io.rdesuite.simulator.testing.SimHarness.READ;
import static io.rdesuite.simulator.testing.SimHarness.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Operation;
import io.rdesuite.simulator.testing.SharedSimulatorTest;
import io.rdesuite.simulator.testing.SimHarness;
import io.rdesuite.simulator.testing.ValidCalls;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bearer token checks before every /v3 operation: 401 with the document's {"error": ...} body. */
class BearerAuthTest extends SharedSimulatorTest {

    /** A second simulator: its tokens are signed with another key. */
    private SimHarness other;

    @BeforeAll
    void startOtherSimulator() {
        other = SimHarness.start();
    }

    @AfterAll
    void stopOtherSimulator() {
        other.close();
    }

    /** How a request's credentials are spoiled, and the reason the 401 gives. */
    Stream<Arguments> badCredentials() {
        Function<BearerAuthTest, RequestSpecification> noHeader = t -> t.h.anonymous();
        Function<BearerAuthTest, RequestSpecification> basic = t -> t.h.anonymous()
                .header("Authorization", "Basic ZGVtby1tYW5hZ2U6ZGVtby1tYW5hZ2Utc2VjcmV0");
        Function<BearerAuthTest, RequestSpecification> emptyToken = t -> t.h.anonymous()
                .header("Authorization", "Bearer ");
        Function<BearerAuthTest, RequestSpecification> malformed = t -> t.h.bearer("not-a-jwt");
        Function<BearerAuthTest, RequestSpecification> otherInstance = t -> t.h.bearer(t.other.token(MANAGE));
        Function<BearerAuthTest, RequestSpecification> tampered = t -> t.h.bearer(SimHarness.tampered(t.h.token(MANAGE)));
        Function<BearerAuthTest, RequestSpecification> expired = t -> {
            RequestSpecification request = t.h.as(MANAGE);
            t.h.clock().advance(Duration.ofSeconds(750));
            return request;
        };
        Stream.Builder<Arguments> rows = Stream.builder();
        for (Operation operation : Operation.values()) {
            rows.add(Arguments.of(operation, "no Authorization header", noHeader, "Authorization header is missing"));
            rows.add(Arguments.of(operation, "Basic scheme", basic, "Authorization header is not of type Bearer"));
            rows.add(Arguments.of(operation, "empty bearer token", emptyToken, "JWT is missing"));
            rows.add(Arguments.of(operation, "malformed token", malformed, "JWT is malformed"));
            rows.add(Arguments.of(operation, "token of another simulator", otherInstance, "JWT signature does not match"));
            rows.add(Arguments.of(operation, "tampered token", tampered, "JWT signature does not match"));
            rows.add(Arguments.of(operation, "expired token", expired, "JWT is expired"));
        }
        return rows.build();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("badCredentials")
    void badCredentials_answer401WithTheJwtErrorBody(Operation operation, String how,
                                                      Function<BearerAuthTest, RequestSpecification> credentials,
                                                      String reason) {
        RequestSpecification request = credentials.apply(this);

        Response response = ValidCalls.send(operation, request, UNKNOWN_ID);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.as(Map.class)).isEqualTo(Map.of("error", "JWT validation failed: " + reason));
        assertThat(response.header("WWW-Authenticate")).isNull();
    }

    @Test
    void tokenJustBeforeExpiry_isStillAccepted() {
        RequestSpecification request = h.as(READ);
        h.clock().advance(Duration.ofSeconds(748));

        Response response = ValidCalls.send(Operation.GET_REPORT_RESULT, request, UNKNOWN_ID);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    /** A token's signature is checked once and remembered; expiry is checked on every request all the same. */
    @Test
    void verifiedToken_isRefusedOnceItExpires() {
        String token = h.token(READ);
        assertThat(ValidCalls.send(Operation.GET_REPORT_RESULT, h.bearer(token), UNKNOWN_ID).statusCode())
                .isEqualTo(200);
        assertThat(ValidCalls.send(Operation.GET_REPORT_RESULT, h.bearer(token), UNKNOWN_ID).statusCode())
                .isEqualTo(200);

        h.clock().advance(Duration.ofSeconds(750));
        Response response = ValidCalls.send(Operation.GET_REPORT_RESULT, h.bearer(token), UNKNOWN_ID);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.as(Map.class)).isEqualTo(Map.of("error", "JWT validation failed: JWT is expired"));
    }

    /** A remembered token lets nothing else through: a copy with another signature is checked and refused. */
    @Test
    void tamperedCopyOfAVerifiedToken_isRefused() {
        String token = h.token(READ);
        assertThat(ValidCalls.send(Operation.GET_REPORT_RESULT, h.bearer(token), UNKNOWN_ID).statusCode())
                .isEqualTo(200);

        Response tampered = ValidCalls.send(Operation.GET_REPORT_RESULT, h.bearer(SimHarness.tampered(token)),
                UNKNOWN_ID);
        Response original = ValidCalls.send(Operation.GET_REPORT_RESULT, h.bearer(token), UNKNOWN_ID);

        assertThat(tampered.statusCode()).isEqualTo(401);
        assertThat(tampered.as(Map.class)).isEqualTo(Map.of("error", "JWT validation failed: JWT signature does not match"));
        assertThat(original.statusCode()).isEqualTo(200);
    }

    /** The scheme and the token are read as before the header was read without a regular expression. */
    @ParameterizedTest(name = "Authorization: [{0}]")
    @MethodSource("headerSpellings")
    void authorizationHeaderSpellings(String header, int status) {
        String token = h.token(READ);

        Response response = ValidCalls.send(Operation.GET_REPORT_RESULT,
                h.anonymous().header("Authorization", header.replace("TOKEN", token)), UNKNOWN_ID);

        assertThat(response.statusCode()).isEqualTo(status);
    }

    static Stream<Arguments> headerSpellings() {
        return Stream.of(
                Arguments.of("Bearer TOKEN", 200),
                Arguments.of("bearer TOKEN", 200),
                Arguments.of("BEARER\tTOKEN", 200),
                Arguments.of("Bearer   TOKEN  ", 200),
                Arguments.of("  Bearer TOKEN", 200),
                Arguments.of("BearerTOKEN", 401),
                Arguments.of("Bearer", 401),
                Arguments.of("Bearers TOKEN", 401),
                Arguments.of("Bear TOKEN", 401),
                Arguments.of("Bearer TOKEN extra", 401));
    }

    @Test
    void invalidTokenWithAnInvalidBody_answers401Not400() {
        Response response = h.bearer("not-a-jwt").contentType(ContentType.JSON).body("{\"reportType\":\"NOPE\"}")
                .post(Operation.START_REPORT.template());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void readOnlyClientWithAnInvalidBody_answers403Not400() {
        Response response = h.as(READ).contentType(ContentType.JSON).body("{\"reportType\":\"NOPE\"}")
                .post(Operation.START_REPORT.template());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.<String>path("detailCode")).isEqualTo("403 Forbidden");
    }

    @Test
    void clientWithoutScopeAndAMissingFileFormat_answers403Not400() {
        Response response = h.as(SimHarness.NONE).get(Operation.GET_REPORT.path(UNKNOWN_ID));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void readOnlyClientCancellingAMalformedId_answers403Not400() {
        Response response = h.as(READ).post(Operation.CANCEL_REPORT.path("not-an-id"));

        assertThat(response.statusCode()).isEqualTo(403);
    }
}
