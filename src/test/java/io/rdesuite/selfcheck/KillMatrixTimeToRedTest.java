package io.rdesuite.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.client.AwaitTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Red as fast as green, as the kill matrix judges it: a red row slower than the green run of its target fails,
 * unless one of its failures ran into a timeout, which the row then says; rows within the green time pass.
 */
@DisplayName("Kill matrix: a red row is judged by its time beside the green time of its target")
class KillMatrixTimeToRedTest {

    private static final long GREEN = 40_000;

    @Test
    @DisplayName("red within the green time (or within the tolerated spread) is fast enough")
    void redWithinGreen_isFastEnough() {
        KillMatrix.Row faster = row(20_000, failure(false));
        KillMatrix.Row justAbove = row(Math.round(GREEN * (1 + KillMatrix.SLOWER_THAN_GREEN_TOLERATED)) - 1, failure(false));

        assertThat(faster.fastEnough()).isTrue();
        assertThat(faster.speed()).isEqualTo("red <= green");
        assertThat(justAbove.fastEnough()).isTrue();
    }

    @Test
    @DisplayName("red slower than green without a timeout fails its row, and the matrix lists it")
    void redSlowerThanGreen_withoutTimeout_failsTheRow() {
        KillMatrix.Row slow = row(60_000, failure(false));
        KillMatrix matrix = new KillMatrix("test");
        matrix.add(slow);

        assertThat(slow.fastEnough()).isFalse();
        assertThat(slow.speed()).isEqualTo("SLOWER THAN GREEN");
        assertThat(matrix.unexpected()).containsExactly(slow);
        assertThat(matrix.markdown()).contains("SLOWER THAN GREEN: 60.0 s against 40.0 s green");
        JsonNode json = matrix.json();
        assertThat(json.at("/rows/0/secondsToRed").asDouble()).isEqualTo(60.0);
        assertThat(json.at("/rows/0/greenSeconds").asDouble()).isEqualTo(40.0);
        assertThat(json.at("/summary/redSlowerThanGreen").asLong()).isEqualTo(1);
    }

    @Test
    @DisplayName("red slower than green because a wait ran out passes, and the row names the timeout")
    void redSlowerThanGreen_afterATimeout_passesAndSaysSo() {
        KillMatrix.Row waited = row(90_000, failure(false), failure(true));
        KillMatrix matrix = new KillMatrix("test");
        matrix.add(waited);

        assertThat(waited.fastEnough()).isTrue();
        assertThat(waited.speed()).startsWith("above green: a wait ran out (1 failure(s) with a timeout exception)");
        assertThat(matrix.unexpected()).isEmpty();
        assertThat(matrix.json().at("/rows/0/failures/1/timeout").asBoolean()).isTrue();
        assertThat(matrix.summaryLine()).contains("1 above it where a wait ran out, 0 slower than green");
    }

    @Test
    @DisplayName("a green row, or one without a green time, has no time-to-red verdict")
    void greenRows_andRowsWithoutGreen_haveNoSpeedVerdict() {
        KillMatrix.Row passed = row(90_000);
        KillMatrix.Row noGreen = new KillMatrix.Row("X", KillMatrix.Kind.DEFECT, "", "t", result(failure(false)));

        assertThat(passed.speed()).isEmpty();
        assertThat(passed.fastEnough()).isTrue();
        assertThat(noGreen.speed()).isEmpty();
        assertThat(noGreen.fastEnough()).isTrue();
    }

    @Test
    @DisplayName("a timeout is found by its exception's name anywhere in the causes, and only there")
    void timeouts_areFoundInTheCauseChain() {
        assertThat(SuiteRun.isTimeout(new AssertionError("wrapped", new ReportTimedOutException()))).isTrue();
        assertThat(AwaitTimeoutException.class.getSimpleName()).as("the client's wait timeout, by the same rule")
                .endsWith("TimeoutException");
        assertThat(SuiteRun.isTimeout(new TimeoutException("test timed out after 30 s"))).isTrue();
        Exception suppressing = new IllegalStateException("outer");
        suppressing.addSuppressed(new TimeoutException("inner"));
        assertThat(SuiteRun.isTimeout(suppressing)).isTrue();
        assertThat(SuiteRun.isTimeout(new AssertionError("expected 200 but was 500"))).isFalse();
    }

    /** Named like the client's timeouts (AwaitTimeoutException, ReportTypeTimedOutException). */
    private static final class ReportTimedOutException extends RuntimeException {
        ReportTimedOutException() {
            super("no final status after 2 s");
        }
    }

    private static KillMatrix.Row row(long millis, SuiteRun.Failure... failures) {
        return new KillMatrix.Row("SOME_DEFECT", KillMatrix.Kind.DEFECT, "", "in-process simulator",
                result(failures), millis, GREEN);
    }

    private static SuiteRun.Result result(SuiteRun.Failure... failures) {
        return new SuiteRun.Result(110, 0, List.of(failures), 0, 1, Map.of(), List.of());
    }

    private static SuiteRun.Failure failure(boolean timeout) {
        return new SuiteRun.Failure("SomeScenarios: a test", timeout ? "AwaitTimeoutException: ..." : "AssertionError: ...",
                timeout);
    }
}
