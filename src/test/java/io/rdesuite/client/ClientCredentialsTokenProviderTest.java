package io.rdesuite.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdesuite.config.ClientCredentials;
import io.rdesuite.support.MutableClock;
import io.rdesuite.support.StubHttpServer;
import io.rdesuite.support.StubHttpServer.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientCredentialsTokenProviderTest {

    private static final ClientCredentials CREDENTIALS = new ClientCredentials("client-1", "s3cr3t value&=");

    private final StubHttpServer stub = StubHttpServer.start();
    private final MutableClock clock = MutableClock.at("2026-08-01T10:00:00Z");

    @AfterEach
    void stopStub() {
        stub.close();
    }

    @Test
    void tokenRequest_isAUrlEncodedClientCredentialsGrant() {
        stub.on("POST", "/oauth/token", token("first", 749));

        String token = provider().accessToken();

        assertThat(token).isEqualTo("first");
        StubHttpServer.Recorded request = stub.requests("POST", "/oauth/token").get(0);
        assertThat(request.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.form()).isEqualTo(Map.of(
                "grant_type", "client_credentials",
                "client_id", "client-1",
                "client_secret", "s3cr3t value&="));
    }

    @Test
    void token_isCachedUntilTheRenewalMarginBeforeExpiry() {
        stub.on("POST", "/oauth/token", token("first", 749), token("second", 749));
        ClientCredentialsTokenProvider provider = provider();

        assertThat(provider.accessToken()).isEqualTo("first");
        clock.advance(Duration.ofSeconds(749 - 60).minusMillis(1));
        assertThat(provider.accessToken()).isEqualTo("first");
        clock.advance(Duration.ofMillis(1));
        assertThat(provider.accessToken()).isEqualTo("second");

        assertThat(stub.requests("POST", "/oauth/token")).hasSize(2);
    }

    @Test
    void shortLivedToken_isRenewedATenthOfItsLifetimeBeforeExpiry() {
        stub.on("POST", "/oauth/token", token("first", 30), token("second", 30));
        ClientCredentialsTokenProvider provider = provider();

        assertThat(provider.accessToken()).isEqualTo("first");
        clock.advance(Duration.ofSeconds(26));
        assertThat(provider.accessToken()).isEqualTo("first");
        clock.advance(Duration.ofSeconds(1));
        assertThat(provider.accessToken()).isEqualTo("second");
    }

    @Test
    void invalidate_forcesANewToken() {
        stub.on("POST", "/oauth/token", token("first", 749), token("second", 749));
        ClientCredentialsTokenProvider provider = provider();
        provider.accessToken();

        provider.invalidate();

        assertThat(provider.accessToken()).isEqualTo("second");
    }

    @Test
    void concurrentCallers_shareOneTokenRequest() throws Exception {
        stub.on("POST", "/oauth/token", token("shared", 749).withDelay(200));
        ClientCredentialsTokenProvider provider = provider();
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<String> call = () -> {
                    start.await();
                    return provider.accessToken();
                };
                tokens.add(pool.submit(call));
            }
            start.countDown();

            for (Future<String> token : tokens) {
                assertThat(token.get()).isEqualTo("shared");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(stub.requests("POST", "/oauth/token")).hasSize(1);
    }

    @Test
    void refusedCredentials_nameTheTokenUrlAndStatusButNotTheSecret() {
        stub.on("POST", "/oauth/token", Reply.json(401,
                "{\"error\":\"unauthorized\",\"error_description\":\"Full authentication is required to access "
                        + "this resource\"}"));

        assertThatThrownBy(() -> provider().accessToken())
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.status()).isEqualTo(401))
                .hasMessageContaining(stub.baseUri() + "/oauth/token")
                .hasMessageContaining("401")
                .hasMessageContaining("client-1")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void badRequest_isAnAuthenticationFailureEvenWhenTheBodyEchoesTheSecret() {
        stub.on("POST", "/oauth/token", Reply.json(400, "{\"error\":\"invalid_client s3cr3t value&=\"}"));

        assertThatThrownBy(() -> provider().accessToken())
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("400")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void toString_doesNotShowTheSecret() {
        assertThat(provider().toString()).contains("client-1").doesNotContain("s3cr3t");
    }

    private ClientCredentialsTokenProvider provider() {
        return ClientCredentialsTokenProvider.builder(stub.baseUri(), CREDENTIALS)
                .clock(clock)
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    private static Reply token(String accessToken, long expiresIn) {
        return Reply.json(200, "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"bearer\",\"expires_in\":"
                + expiresIn + ",\"scope\":\"sp:report:manage\",\"tenant_id\":\"t\",\"pod\":\"stg01\"}");
    }
}
