package io.rdesuite.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdesuite.api.Operation;
import io.rdesuite.support.MutableClock;
import io.rdesuite.support.StubHttpServer;
import io.rdesuite.support.StubHttpServer.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest {

    private static final String PATH = Operation.GET_REPORT_RESULT.path("abc");
    private static final Reply OK = Reply.json(200, "{\"id\":\"abc\",\"status\":\"SUCCESS\"}");
    private static final Reply RATE_LIMITED = Reply.json(429, "{\"message\": \" Rate Limit Exceeded \"}");

    private final StubHttpServer stub = StubHttpServer.start();
    private final MutableClock clock = MutableClock.at("2026-10-21T07:27:00Z");
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    @AfterEach
    void stopStub() {
        stub.close();
    }

    @Test
    void rateLimited_waitsAsRetryAfterSaysThenSucceeds() {
        stub.on("GET", PATH, RATE_LIMITED.withHeader("Retry-After", "7"), OK);

        assertThat(client(RetryPolicy.defaults()).getReportResult("abc").id()).isEqualTo("abc");

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    void rateLimited_honoursAnHttpDateRetryAfter() {
        stub.on("GET", PATH, RATE_LIMITED.withHeader("Retry-After", "Wed, 21 Oct 2026 07:27:12 GMT"), OK);

        client(RetryPolicy.defaults()).getReportResult("abc");

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void rateLimitedWithoutRetryAfter_backsOffExponentiallyAndGivesUpAfterMaxRetries() {
        stub.on("GET", PATH, RATE_LIMITED);

        assertThatThrownBy(() -> client(RetryPolicy.defaults()).getReportResult("abc"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(429));

        assertThat(sleeper.waits()).containsExactly(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThat(stub.requests()).hasSize(5);
    }

    @Test
    void retries_stopBeforeTheTotalWaitWouldExceedTheBudget() {
        stub.on("GET", PATH, RATE_LIMITED.withHeader("Retry-After", "25"));

        assertThatThrownBy(() -> client(RetryPolicy.defaults()).getReportResult("abc"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.header("Retry-After")).contains("25");
                });

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(25), Duration.ofSeconds(25));
        assertThat(sleeper.total()).isLessThanOrEqualTo(Duration.ofSeconds(60));
        assertThat(stub.requests()).hasSize(3);
    }

    @Test
    void retryAfterBeyondTheBudget_isNotWaitedAtAll() {
        stub.on("GET", PATH, RATE_LIMITED.withHeader("Retry-After", "300"), OK);

        assertThatThrownBy(() -> client(RetryPolicy.defaults()).getReportResult("abc"))
                .isInstanceOf(ApiException.class);

        assertThat(sleeper.waits()).isEmpty();
        assertThat(stub.requests()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {502, 503, 504})
    void gatewayAndAvailabilityErrors_areRetriedWithBackoff(int status) {
        stub.on("GET", PATH, Reply.status(status), Reply.status(status), OK);

        assertThat(client(RetryPolicy.defaults()).getReportResult("abc").id()).isEqualTo("abc");

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 400, 401, 403, 404})
    void otherErrors_areNotRetried(int status) {
        stub.on("GET", PATH, Reply.status(status), OK);

        assertThatThrownBy(() -> client(RetryPolicy.defaults()).getReportResult("abc"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(status));

        assertThat(stub.requests()).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void noRetryPolicy_showsTheFirst429() {
        stub.on("GET", PATH, RATE_LIMITED.withHeader("Retry-After", "1"), OK);

        assertThatThrownBy(() -> client(RetryPolicy.none()).getReportResult("abc"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(429));

        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void awaitResult_pollsWithGrowingDelaysUntilAStatusArrives() {
        Reply running = Reply.json(200, "{\"id\":\"abc\",\"reportType\":\"IDENTITIES\"}");
        stub.on("GET", PATH, running, running, running, running, OK);

        assertThat(client(RetryPolicy.none()).awaitResult("abc", Duration.ofSeconds(30)).status())
                .hasToString("SUCCESS");

        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(150),
                Duration.ofMillis(225), Duration.ofMillis(337).plusNanos(500_000));
    }

    @Test
    void awaitResult_capsThePollDelayAtTwoSeconds() {
        stub.on("GET", PATH, Reply.json(200, "{\"id\":\"abc\"}"));

        assertThatThrownBy(() -> client(RetryPolicy.none()).awaitResult("abc", Duration.ofSeconds(20)))
                .isInstanceOfSatisfying(AwaitTimeoutException.class,
                        e -> assertThat(e.lastSeen().id()).isEqualTo("abc"))
                .hasMessageStartingWith("Report abc timed out: no final status after 20s");

        assertThat(sleeper.waits()).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(2)));
        assertThat(sleeper.waits()).contains(Duration.ofSeconds(2));
        assertThat(sleeper.total()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void awaitResult_waitsOutA429ThePolicyGaveUpOn() {
        stub.on("GET", PATH, RATE_LIMITED.withHeader("Retry-After", "5"), OK);

        assertThat(client(RetryPolicy.none()).awaitResult("abc", Duration.ofSeconds(30)).id()).isEqualTo("abc");

        assertThat(sleeper.waits()).isEqualTo(List.of(Duration.ofSeconds(5)));
    }

    @Test
    void awaitResult_doesNotHideAnErrorThatRetryingCannotFix() {
        stub.on("GET", PATH, Reply.status(403));

        assertThatThrownBy(() -> client(RetryPolicy.none()).awaitResult("abc", Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    private ReportsClient client(RetryPolicy policy) {
        return ReportsClient.builder(stub.baseUri())
                .tokenProvider(new StaticTokenProvider("tok"))
                .retryPolicy(policy)
                .sleeper(sleeper)
                .clock(clock)
                .build();
    }
}
