package io.rdesuite.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.load.support.RateLimitGate;
import io.rdesuite.load.support.VersionBudgetProbe;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The version-budget probe driven by a small fixed-window limiter of 10 requests per window, whose budget is per
 * version or shared, and whose window can be made to roll over after a given request.
 */
class VersionBudgetProbeTest {

    private static final int LIMIT = 10;

    /** A fixed-window limiter: {@code rollAfter} requests into the run, a new window begins (0: never). */
    private static final class Limiter {
        final boolean perVersion;
        final int rollAfter;
        final Map<String, Integer> used = new HashMap<>();
        int requests;

        Limiter(boolean perVersion, int rollAfter) {
            this.perVersion = perVersion;
            this.rollAfter = rollAfter;
        }

        /** True when the request is refused. */
        boolean refuses(ApiVersion version) {
            if (++requests == rollAfter) {
                used.clear();
            }
            String budget = perVersion ? version.label() : "all";
            return used.merge(budget, 1, Integer::sum) > LIMIT;
        }
    }

    private static VersionBudgetProbe run(Limiter limiter, boolean expectPerVersion) {
        VersionBudgetProbe probe = new VersionBudgetProbe("c", ApiVersion.V3, ApiVersion.V1, 5, 30, expectPerVersion);
        for (int i = 0; i < 500 && !probe.done(); i++) {
            probe.record(limiter.refuses(probe.next()));
        }
        assertThat(probe.done()).as("the probe ends").isTrue();
        return probe;
    }

    @ParameterizedTest(name = "budget per version {0}, expected per version {1}: verdict ok {2}")
    @CsvSource({"true, true, true", "true, false, false", "false, true, false", "false, false, true"})
    void theVerdict_isOkExactlyWhenTheMeasurementMeetsTheExpectation(boolean perVersion, boolean expected,
                                                                     boolean ok) {
        VersionBudgetProbe probe = run(new Limiter(perVersion, 0), expected);

        assertThat(probe.summary()).containsEntry("perVersion", perVersion)
                .containsEntry("servedInOtherVersionAfter429", perVersion ? "5/5" : "0/5")
                .containsEntry("acceptedInFirstVersionBefore429", LIMIT)
                .containsEntry("acceptedInOtherVersionBefore429", perVersion ? LIMIT : 0);
        assertThat(probe.verdict().equals(RateLimitGate.OK)).isEqualTo(ok);
        if (!ok) {
            assertThat(probe.verdict()).contains("expected " + (expected ? "a budget per version"
                    : "one budget across versions"));
        }
    }

    @Test
    void aWindowThatRollsOverBeforeTheConfirmation_makesTheProbeStartAgain() {
        // shared budget; the window rolls over at the 14th request, while the probe tries v1: v1 is served there
        VersionBudgetProbe probe = run(new Limiter(false, 14), true);

        assertThat(probe.summary()).containsEntry("attempts", 2).containsEntry("perVersion", false);
        assertThat(probe.verdict()).contains("one budget across versions");
    }

    @Test
    void withoutAnyLimit_theProbeSaysItMeasuredNothing() {
        VersionBudgetProbe probe = new VersionBudgetProbe("c", ApiVersion.V3, ApiVersion.V1, 5, 30, true);
        for (int i = 0; i < 30; i++) {
            probe.record(false);
        }

        assertThat(probe.done()).isTrue();
        assertThat(probe.summary()).containsEntry("perVersion", null);
        assertThat(probe.verdict()).contains("not measured").contains("no rate limit is enforced");
    }
}
