package io.rdesuite.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.support.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The waits of a target share one budget that stays inside its rate limit: counted on a test clock, not timed. */
class PollBudgetTest {

    private static final Duration WINDOW = Duration.ofSeconds(10);
    /** The documented limit per client, of which the waits may take at most half. */
    private static final int DOCUMENTED_LIMIT = 100;

    private final MutableClock clock = MutableClock.at("2026-10-21T07:27:00Z");
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    @Test
    void thirtyWaitsPollingTogether_neverTakeMoreThanHalfTheDocumentedLimitInAnyWindow() {
        PollBudget budget = PollBudget.of(PollBudget.DEFAULT, clock);
        List<Instant> taken = new ArrayList<>();
        // 30 waits, each wanting a poll every 100 ms for a minute: far more than any budget allows
        for (int round = 0; round < 600; round++) {
            for (int wait = 0; wait < 30; wait++) {
                budget.take(sleeper);
                taken.add(clock.instant());
            }
            if (taken.get(taken.size() - 1).isAfter(taken.get(0).plus(Duration.ofMinutes(1)))) {
                break;
            }
        }

        assertThat(mostInAnyWindow(taken)).as("requests in any %s", WINDOW)
                .isLessThanOrEqualTo(DOCUMENTED_LIMIT / 2)
                .isGreaterThanOrEqualTo(PollBudget.DEFAULT.requests());
    }

    @Test
    void aBudgetNotSpent_letsAPollGoAtOnce() {
        PollBudget budget = PollBudget.of(PollBudget.DEFAULT, clock);

        for (int i = 0; i < PollBudget.DEFAULT.requests() / 4; i++) {
            budget.take(sleeper);
        }

        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void aSpentBudget_makesTheNextPollWaitForItsToken() {
        PollBudget budget = PollBudget.of(new RateLimitSpec(4, Duration.ofSeconds(4)), clock);

        budget.take(sleeper);
        budget.take(sleeper);

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void theClientsOfOneTarget_shareItsBudget_otherTargetsHaveTheirOwn() {
        URI target = URI.create("http://127.0.0.1:1");
        ReportsClient one = ReportsClient.builder(target).tokenProvider(new StaticTokenProvider("a")).build();
        ReportsClient other = ReportsClient.builder(target).tokenProvider(new StaticTokenProvider("b")).build();
        ReportsClient elsewhere = ReportsClient.builder(URI.create("http://127.0.0.1:2"))
                .tokenProvider(new StaticTokenProvider("a")).build();

        assertThat(one.pollBudget()).isSameAs(other.pollBudget()).isSameAs(PollBudget.forTarget(target))
                .isNotSameAs(elsewhere.pollBudget());
        assertThat(one.withVersion(io.rdesuite.api.ApiVersion.V1).pollBudget()).isSameAs(one.pollBudget());
    }

    private static int mostInAnyWindow(List<Instant> taken) {
        int most = 0;
        int from = 0;
        for (int to = 0; to < taken.size(); to++) {
            while (!taken.get(from).plus(WINDOW).isAfter(taken.get(to))) {
                from++;
            }
            most = Math.max(most, to - from + 1);
        }
        return most;
    }
}
