package io.rdesuite.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.Header;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The redacting Allure filter takes secrets out of what it attaches")
class RedactingAllureFilterTest {

    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJjbGllbnRfaWQiOiJkZW1vIn0.c2lnbmF0dXJl";

    @Test
    @DisplayName("the Authorization header keeps its scheme and loses its credentials")
    void authorizationHeaderIsRedacted() {
        assertThat(RedactingAllureFilter.headers(List.of(new Header("Authorization", "Bearer " + JWT),
                new Header("Accept", "application/json"))))
                .containsEntry("Authorization", "Bearer <redacted>")
                .containsEntry("Accept", "application/json");
        assertThat(RedactingAllureFilter.redactHeader("Authorization", JWT)).isEqualTo("<redacted>");
    }

    @Test
    @DisplayName("access tokens, client secrets and JWTs in bodies are replaced")
    void bodySecretsAreRedacted() {
        String json = "{\"access_token\":\"" + JWT + "\",\"token_type\":\"bearer\",\"client_secret\":\"s3cret\"}";
        String form = "grant_type=client_credentials&client_id=demo&client_secret=s3cret";

        assertThat(RedactingAllureFilter.redactBody(json)).doesNotContain(JWT).doesNotContain("s3cret")
                .contains("\"token_type\":\"bearer\"");
        assertThat(RedactingAllureFilter.redactBody(form)).doesNotContain("s3cret").contains("client_id=demo");
        assertThat(RedactingAllureFilter.redactBody("{\"error\":\"bad " + JWT + "\"}")).doesNotContain(JWT);
    }

    @Test
    @DisplayName("the token endpoints are recognised so their whole bodies are dropped")
    void tokenEndpointsAreRecognised() {
        assertThat(RedactingAllureFilter.isTokenEndpoint("http://127.0.0.1:1234/oauth/token")).isTrue();
        assertThat(RedactingAllureFilter.isTokenEndpoint("http://127.0.0.1:1234/oauth/token?grant_type=x")).isTrue();
        assertThat(RedactingAllureFilter.isTokenEndpoint("http://127.0.0.1:1234/__simulator/tokens")).isTrue();
        assertThat(RedactingAllureFilter.isTokenEndpoint("http://127.0.0.1:1234/v3/reports/run")).isFalse();
    }
}
