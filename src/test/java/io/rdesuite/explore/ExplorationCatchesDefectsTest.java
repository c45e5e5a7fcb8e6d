package io.rdesuite.explore;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Defect;
import io.rdesuite.api.Variant;
import io.rdesuite.config.Settings;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The exploration's kill matrix: with the default seed and budget it passes against the honest simulator with every
 * benign variant on, and fails against each defect it must catch: the six the scenarios catch too and the ones only
 * a sequence or a generated input shows.
 */
class ExplorationCatchesDefectsTest {

    static final List<ApiVersion> VERSIONS = List.of(ApiVersion.V3);

    static Exploration.Result explore(Set<Defect> defects, Set<Variant> variants, Budget budget) {
        try (ExploreTarget.InProcess target = ExploreTarget.inProcess(defects, variants)) {
            return Exploration.run(target, budget, VERSIONS, OpenChoices.from(Settings.of(Map.of(), Map.of())), false);
        }
    }

    @Test
    @DisplayName("passes against the honest simulator with every benign variant on")
    void passesWithEveryBenignVariant() {
        // every variant at once answers slowly (SLOW_ANSWERS, drift of EXTRA_FIELD): more time, as many requests
        Exploration.Result result = explore(Set.of(), EnumSet.allOf(Variant.class),
                Budget.SELF_CHECK.withRequests(200));
        assertThat(result.failure()).as(String.join("\n", Exploration.lines(result))).isNull();
        assertThat(result.requests()).as(String.join("\n", Exploration.lines(result))).isGreaterThanOrEqualTo(150);
    }

    @ParameterizedTest
    @EnumSource(value = Defect.class, names = {"REPEATED_START_CREATES_NEW_TASK", "CANCEL_IGNORED",
            "RATE_LIMIT_NOT_ENFORCED", "RESULT_ROWS_OFF_BY_ONE", "CSV_MISSING_LAST_ROW", "PDF_CORRUPT",
            "RESTART_AFTER_CANCEL_RETURNS_CANCELLED", "REPORT_FORGOTTEN_AFTER_OTHER_CLIENT_POLL",
            "SEARCH_EXPORT_ROWS_OFF_BY_ONE", "NAME_WITH_SLASH_500"})
    @DisplayName("fails against a defect a sequence shows")
    void failsAgainst(Defect defect) {
        Exploration.Result result = explore(Set.of(defect), Set.of(), Budget.SELF_CHECK);
        assertThat(result.failure()).as(defect + ": " + String.join("\n", Exploration.lines(result))).isNotNull();
        System.out.println(defect + " -> " + result.failure() + " (" + result.failing().size() + " -> "
                + result.minimised().size() + " steps, " + result.took().toMillis() + " ms)");
    }
}
