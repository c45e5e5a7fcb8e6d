package io.rdesuite.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdesuite.api.Operation;
import io.rdesuite.api.model.ReportDetails;
import io.rdesuite.api.model.ReportArguments;
import io.rdesuite.support.MutableClock;
import io.rdesuite.support.StubHttpServer;
import io.rdesuite.support.StubHttpServer.Reply;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A wait for a report stops as soon as the answers show it cannot complete as expected, and after one wait for a
 * report type timed out, later waits for that type fail at once. Counted in polls and waits, not timed.
 */
class ReportWaitTest {

    private static final String ID = "0123456789abcdef0123456789abcdef";
    private static final String OTHER = "fedcba9876543210fedcba9876543210";
    private static final String RESULT = Operation.GET_REPORT_RESULT.path(ID);
    private static final String FILE = Operation.GET_REPORT.path(ID);
    private static final Reply STARTED = Reply.json(200, task(ID));
    private static final Reply RUNNING = Reply.json(200, "{\"id\":\"" + ID + "\",\"reportType\":\"IDENTITIES\"}");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final StubHttpServer stub = StubHttpServer.start();
    private final MutableClock clock = MutableClock.at("2026-10-21T07:27:00Z");
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final ReportsClient client = ReportsClient.builder(stub.baseUri())
            .tokenProvider(new StaticTokenProvider("tok")).retryPolicy(RetryPolicy.none())
            .sleeper(sleeper).clock(clock).build();

    @AfterEach
    void stopStub() {
        stub.close();
    }

    @Test
    void emptyResultForAStartedReport_isNoEnd_aTargetMayShowARunningReportSo() {
        startIdentities();
        stub.on("GET", RESULT, Reply.json(200, "{}"), Reply.json(200, "{}"), Reply.json(200, "{}"),
                Reply.json(200, "{\"id\":\"" + ID + "\",\"reportType\":\"IDENTITIES\",\"status\":\"SUCCESS\"}"));

        assertThat(client.awaitResult(ID, TIMEOUT).status()).hasToString("SUCCESS");
        assertThat(stub.requests("GET", RESULT)).hasSize(4);
        assertThat(stub.requests("GET", FILE)).as("file probes while /result answers {}").hasSize(1);
    }

    @Test
    void emptyResultForAStartedReport_whileItsFileIsNotServed_isLeftToTheTimeout() {
        startIdentities();
        stub.on("GET", RESULT, Reply.json(200, "{}"));
        stub.on("GET", FILE, Reply.json(404, "{\"detailCode\":\"404 Not found\"}"));

        assertThatThrownBy(() -> client.awaitResult(ID, TIMEOUT)).isInstanceOf(AwaitTimeoutException.class);
        assertThat(sleeper.total()).isEqualTo(TIMEOUT);
        int polls = stub.requests("GET", RESULT).size();
        assertThat(stub.requests("GET", FILE)).as("a probe at every third {}").hasSize((polls + 2) / 3);
    }

    @Test
    void emptyResultForAStartedReport_failsOnceGetReportServesItsFile() {
        startIdentities();
        stub.on("GET", RESULT, Reply.json(200, "{}"));
        stub.on("GET", FILE, Reply.json(404, "{\"detailCode\":\"404 Not found\"}"),
                Reply.bytes(200, "application/csv", "Identity ID\n1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> client.awaitResult(ID, TIMEOUT))
                .isInstanceOf(UnexpectedResultException.class)
                .hasMessageContaining("Report " + ID + " (IDENTITIES)")
                .hasMessageContaining("answered {} after getReport served the report's file")
                .hasMessageContaining("expected id " + ID + ", reportType IDENTITIES until a status")
                .hasMessageEndingWith("last answer: {}");
        assertThat(stub.requests("GET", FILE)).hasSize(2);
        assertThat(stub.requests("GET", RESULT)).as("the 1st and 4th {} were probed, then one more poll at once")
                .hasSize(5);
    }

    @Test
    void aFileServedJustAfterAnEmptyResult_isTheReportEnding_notALoss() {
        startIdentities();
        stub.on("GET", RESULT, Reply.json(200, "{}"), Reply.json(200,
                "{\"id\":\"" + ID + "\",\"reportType\":\"IDENTITIES\",\"status\":\"SUCCESS\"}"));
        stub.on("GET", FILE, Reply.bytes(200, "application/csv",
                "Identity ID\n1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(client.awaitResult(ID, TIMEOUT).status()).hasToString("SUCCESS");
        assertThat(sleeper.waits()).as("the poll after the file was served goes at once").isEmpty();
    }

    @Test
    void emptyResultAfterAnAnswerShowedTheReportEnded_failsAtOnce() {
        startIdentities();
        stub.on("GET", RESULT, Reply.json(200,
                "{\"id\":\"" + ID + "\",\"reportType\":\"IDENTITIES\",\"status\":\"SUCCESS\"}"), Reply.json(200, "{}"));
        client.awaitResult(ID, TIMEOUT);

        assertThatThrownBy(() -> client.awaitResult(ID, TIMEOUT))
                .isInstanceOf(UnexpectedResultException.class)
                .hasMessageContaining("answered {} for a report an earlier answer showed ended: the target lost it")
                .hasMessageEndingWith("last answer: {}");
        assertThat(stub.requests("GET", RESULT)).hasSize(2);
        assertThat(stub.requests("GET", FILE)).isEmpty();
    }

    @Test
    void aCancelThatDoesNotShow_timesOutWithinItsOwnTimeout_andIsNoTimeoutOfTheType() {
        startIdentities();
        stub.on("GET", RESULT, RUNNING);
        Duration cancelTimeout = Duration.ofSeconds(10);

        assertThatThrownBy(() -> client.awaitCancelled(ID, cancelTimeout)).isInstanceOf(AwaitTimeoutException.class);
        assertThat(sleeper.total()).isEqualTo(cancelTimeout);
        assertThat(client.tracker().firstTimeout(io.rdesuite.api.ReportType.IDENTITIES)).isEmpty();
    }

    @Test
    void aStatusOutsideTheEnum_endsAWaitForAnyStatusShown() {
        stub.on("GET", RESULT, Reply.json(200, "{\"id\":\"" + ID + "\",\"status\":\"DONE\"}"));

        assertThat(client.awaitStatusShown(ID, TIMEOUT).status()).isNull();
        assertThat(stub.requests("GET", RESULT)).hasSize(1);
    }

    @Test
    void emptyResultForAnIdNeverSeen_isWaitedOutAsAnUnknownIdMayBeNew() {
        stub.on("GET", RESULT, Reply.json(200, "{}"));

        assertThatThrownBy(() -> client.awaitResult(ID, TIMEOUT)).isInstanceOf(AwaitTimeoutException.class);
        assertThat(sleeper.total()).isEqualTo(TIMEOUT);
    }

    @Test
    void anotherId_failsAtTheFirstPoll() {
        stub.on("GET", RESULT, Reply.json(200, "{\"id\":\"" + OTHER + "\",\"reportType\":\"IDENTITIES\"}"));

        assertThatThrownBy(() -> client.awaitResult(ID, TIMEOUT))
                .isInstanceOf(UnexpectedResultException.class)
                .hasMessageContaining("another report's id " + OTHER)
                .hasMessageContaining("last answer: {\"id\":\"" + OTHER + "\"");
        assertThat(stub.requests("GET", RESULT)).hasSize(1);
    }

    @Test
    void anotherReportType_failsAtTheFirstPoll() {
        startIdentities();
        stub.on("GET", RESULT, Reply.json(200, "{\"id\":\"" + ID + "\",\"reportType\":\"ACCOUNTS\"}"));

        assertThatThrownBy(() -> client.awaitResult(ID, TIMEOUT))
                .isInstanceOf(UnexpectedResultException.class)
                .hasMessageContaining("answered reportType ACCOUNTS");
        assertThat(stub.requests("GET", RESULT)).hasSize(1);
    }

    @Test
    void aStatusOutsideTheEnum_failsAtOnce() {
        stub.on("GET", RESULT, Reply.json(200, "{\"id\":\"" + ID + "\",\"status\":\"DONE\"}"));

        assertThatThrownBy(() -> client.awaitResult(ID, TIMEOUT))
                .isInstanceOf(UnexpectedResultException.class)
                .hasMessageContaining("status \"DONE\"");
    }

    @Test
    void aFailedReport_failsAWaitForSuccess_butEndsAWaitForAnyStatus() {
        stub.on("GET", RESULT, Reply.json(200, "{\"id\":\"" + ID + "\",\"status\":\"FAILURE\"}"));

        assertThat(client.awaitResult(ID, TIMEOUT).status()).hasToString("FAILURE");
        assertThatThrownBy(() -> client.awaitSuccess(ID, TIMEOUT))
                .isInstanceOf(UnexpectedResultException.class)
                .hasMessageContaining("the report ended FAILURE")
                .hasMessageContaining("until status SUCCESS or WARNING");
    }

    @Test
    void afterAWaitTimedOut_laterWaitsForTheSameTypeFailAtOnce_referringToTheFirst() {
        startIdentities();
        stub.on("GET", RESULT, RUNNING);
        assertThatThrownBy(() -> client.awaitResult(ID, TIMEOUT)).isInstanceOf(AwaitTimeoutException.class);
        int polls = stub.requests().size();
        stub.on("POST", Operation.START_REPORT.template(), Reply.json(200, task(OTHER)));
        client.startReport(ReportDetails.of(new ReportArguments.Identities(true)));

        assertThatThrownBy(() -> client.awaitResult(OTHER, TIMEOUT))
                .isInstanceOfSatisfying(ReportTypeTimedOutException.class,
                        e -> assertThat(e.first().reportId()).isEqualTo(ID))
                .hasMessageContaining("Report " + OTHER + " (IDENTITIES) not waited for")
                .hasMessageContaining("Report " + ID + " (IDENTITIES) timed out");
        assertThat(stub.requests()).as("requests after the first timeout: only the start").hasSize(polls + 1);
    }

    @Test
    void aTimeoutOfOneType_doesNotShortenWaitsForAnother() {
        startIdentities();
        stub.on("GET", RESULT, RUNNING);
        assertThatThrownBy(() -> client.awaitResult(ID, TIMEOUT)).isInstanceOf(AwaitTimeoutException.class);
        stub.on("GET", Operation.GET_REPORT_RESULT.path(OTHER),
                Reply.json(200, "{\"id\":\"" + OTHER + "\",\"reportType\":\"ACCOUNTS\",\"status\":\"SUCCESS\"}"));

        assertThat(client.awaitResult(OTHER, TIMEOUT).status()).hasToString("SUCCESS");
    }

    private void startIdentities() {
        stub.on("POST", Operation.START_REPORT.template(), STARTED);
        client.startReport(ReportDetails.of(new ReportArguments.Identities(true)));
    }

    private static String task(String id) {
        return "{\"id\":\"" + id + "\",\"reportType\":\"IDENTITIES\",\"type\":\"QUARTZ\"}";
    }
}
