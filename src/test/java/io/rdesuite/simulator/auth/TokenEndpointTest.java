package io.rdesuite.simulator.auth;

import static io.rdesuite.simulator.testing.SimHarness.HEX32;
import static io.rdesuite.simulator.testing.SimHarness.MANAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.rdesuite.simulator.testing.SharedSimulatorTest;
import io.rdesuite.simulator.testing.SimHarness;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /oauth/token: the four ways real clients send client credentials, the answer and the refusals. */
class TokenEndpointTest extends SharedSimulatorTest {

    private static final String SECRET = "demo-manage-secret";

    static Stream<Arguments> waysToSendCredentials() {
        return Stream.of(
                Arguments.of("URL-encoded body", (Function<RequestSpecification, Response>) r -> r
                        .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                        .formParam("client_id", MANAGE).formParam("client_secret", SECRET).post("/oauth/token")),
                Arguments.of("multipart form data", (Function<RequestSpecification, Response>) r -> r
                        .multiPart("grant_type", "client_credentials").multiPart("client_id", MANAGE)
                        .multiPart("client_secret", SECRET).post("/oauth/token")),
                Arguments.of("grant_type in the query, credentials in the body", (Function<RequestSpecification, Response>) r -> r
                        .queryParam("grant_type", "client_credentials").contentType(ContentType.URLENC)
                        .formParam("client_id", MANAGE).formParam("client_secret", SECRET).post("/oauth/token")),
                Arguments.of("HTTP Basic credentials", (Function<RequestSpecification, Response>) r -> r
                        .auth().preemptive().basic(MANAGE, SECRET).contentType(ContentType.URLENC)
                        .formParam("grant_type", "client_credentials").post("/oauth/token")),
                Arguments.of("grant type in capitals", (Function<RequestSpecification, Response>) r -> r
                        .contentType(ContentType.URLENC).formParam("grant_type", "CLIENT_CREDENTIALS")
                        .formParam("client_id", MANAGE).formParam("client_secret", SECRET).post("/oauth/token")),
                Arguments.of("everything in the query string", (Function<RequestSpecification, Response>) r -> r
                        .queryParam("grant_type", "client_credentials").queryParam("client_id", MANAGE)
                        .queryParam("client_secret", SECRET).post("/oauth/token")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("waysToSendCredentials")
    void token_isIssuedHoweverTheCredentialsAreSent(String way, Function<RequestSpecification, Response> call) {
        Response response = call.apply(h.anonymous());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.<String>path("access_token")).isNotBlank();
        assertThat(response.<String>path("token_type")).isEqualTo("bearer");
    }

    @Test
    void tokenAnswer_hasTheDocumentedFields() {
        Response response = h.tokenRequest(MANAGE, SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.<String>path("token_type")).isEqualTo("bearer");
        assertThat(response.<Integer>path("expires_in")).isEqualTo(749);
        assertThat(response.<String>path("scope").split(" ")).containsExactlyInAnyOrder("sp:report:read", "sp:report:manage");
        assertThat(response.<String>path("tenant_id")).isNotBlank();
        assertThat(response.<String>path("pod")).isNotBlank();
        assertThat(response.<String>path("org")).isNotBlank();
        assertThat(response.<String>path("jti")).matches(HEX32);
    }

    @Test
    void accessToken_isAnHs256JwtWithTheClientsClaims() throws Exception {
        Response response = h.tokenRequest(MANAGE, SECRET);

        SignedJWT jwt = SignedJWT.parse(response.<String>path("access_token"));
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("HS256");
        assertThat(claims.getStringClaim("client_id")).isEqualTo(MANAGE);
        assertThat(claims.getStringListClaim("scope")).containsExactlyInAnyOrder("sp:report:read", "sp:report:manage");
        assertThat(claims.getStringClaim("tenant_id")).isEqualTo(response.<String>path("tenant_id"));
        assertThat(claims.getJWTID()).isEqualTo(response.<String>path("jti"));
        assertThat(claims.getExpirationTime().toInstant())
                .isEqualTo(h.clock().instant().plusSeconds(749).truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void tokensIssuedTwice_haveDifferentJtis() {
        String first = h.tokenRequest(MANAGE, SECRET).path("jti");
        String second = h.tokenRequest(MANAGE, SECRET).path("jti");

        assertThat(first).isNotEqualTo(second);
    }

    static Stream<Arguments> badCredentials() {
        return Stream.of(
                Arguments.of("wrong secret", MANAGE, "not-the-secret"),
                Arguments.of("unknown client", "nobody", SECRET),
                Arguments.of("secret of another client", MANAGE, "demo-read-secret"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCredentials")
    void badCredentials_answer401InOAuthStyle(String name, String clientId, String secret) {
        Response response = h.tokenRequest(clientId, secret);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.<String>path("error")).isEqualTo("unauthorized");
        assertThat(response.<String>path("error_description"))
                .isEqualTo("Full authentication is required to access this resource");
        assertThat(response.<String>path("access_token")).isNull();
    }

    @Test
    void missingGrantType_answers400InvalidRequest() {
        Response response = h.anonymous().contentType(ContentType.URLENC)
                .formParam("client_id", MANAGE).formParam("client_secret", SECRET).post("/oauth/token");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.<String>path("error")).isEqualTo("invalid_request");
        assertThat(response.<String>path("error_description")).isNotBlank();
    }

    @Test
    void otherGrantType_answers400UnsupportedGrantType() {
        Response response = h.anonymous().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("client_id", MANAGE).formParam("client_secret", SECRET).post("/oauth/token");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.<String>path("error")).isEqualTo("unsupported_grant_type");
    }

    @Test
    void get_answers405WithAllowPost() {
        Response response = h.anonymous().get("/oauth/token");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.header("Allow")).isEqualTo("POST");
        assertThat(response.contentType()).startsWith("application/json");
    }

    @Test
    void tokenLifetime_followsTheConfiguredTtl() {
        try (SimHarness shortLived = SimHarness.start(b -> b.tokenTtl(Duration.ofSeconds(60)))) {
            Response response = shortLived.tokenRequest(MANAGE, SECRET);

            assertThat(response.<Integer>path("expires_in")).isEqualTo(60);
        }
    }
}
