package io.rdesuite.explore;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Defect;
import io.rdesuite.api.Variant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generated inputs pass against the honest simulator with every variant on and catch the input defects. */
class InputExplorationTest {

    static InputExploration.Result explore(Set<Defect> defects, Set<Variant> variants) {
        try (ExploreTarget.InProcess target = ExploreTarget.inProcess(defects, variants)) {
            return InputExploration.run(target, Budget.EMBEDDED.withTime(java.time.Duration.ofSeconds(20)),
                    ExplorationCatchesDefectsTest.VERSIONS);
        }
    }

    @Test
    @DisplayName("pass against the honest simulator with every benign variant on, observing where no bound is documented")
    void passWithEveryBenignVariant() {
        InputExploration.Result result = explore(Set.of(), EnumSet.allOf(Variant.class));
        assertThat(result.failures()).as(String.join("\n", InputExploration.lines(result))).isEmpty();
        assertThat(result.cases()).isGreaterThan(90);
        assertThat(result.observed()).anyMatch(o -> o.contains("10,000 characters"));
    }

    @ParameterizedTest
    @EnumSource(value = Defect.class, names = {"DUPLICATE_INDEX_500", "NAME_WITH_SLASH_500", "BAD_REQUEST_AS_500",
            "VALIDATION_SKIPPED"})
    @DisplayName("fail against a defect an unusual input shows")
    void failAgainst(Defect defect) {
        InputExploration.Result result = explore(Set.of(defect), Set.of());
        assertThat(result.failures()).as(defect.name()).isNotEmpty();
        System.out.println(defect + " -> " + result.failures().get(0).lines().findFirst().orElse(""));
    }
}
