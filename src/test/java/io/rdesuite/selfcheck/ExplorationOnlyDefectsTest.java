package io.rdesuite.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Defect;
import io.rdesuite.explore.ExplorationVerdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * The defects only a sequence or an unusual input shows (docs/exploration.md): every acceptance scenario passes
 * against each (a nested run of the whole package, as {@link DefectsAreCaughtTest} runs one), and the exploration
 * catches each. A full scenario run per defect takes a while: {@code -Dreports.explore.slowChecks=true}.
 */
@EnabledIfSystemProperty(named = "reports.explore.slowChecks", matches = "true",
        disabledReason = "a full scenario run per defect: -Dreports.explore.slowChecks=true")
@DisplayName("Defects only the exploration catches")
class ExplorationOnlyDefectsTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Defect.class, names = {"RESTART_AFTER_CANCEL_RETURNS_CANCELLED",
            "REPORT_FORGOTTEN_AFTER_OTHER_CLIENT_POLL", "SEARCH_EXPORT_ROWS_OFF_BY_ONE", "NAME_WITH_SLASH_500",
            "DUPLICATE_INDEX_500"})
    @DisplayName("the scenarios miss it, the exploration catches it")
    void scenariosMissItExplorationCatchesIt(Defect defect) {
        NestedScenarioRun.Outcome scenarios = NestedScenarioRun.run("every scenario with " + defect,
                List.of(DiscoverySelectors.selectPackage("io.rdesuite.scenarios")), Optional.empty(), defect);
        assertThat(scenarios.found()).as("scenarios run (%s)", scenarios).isGreaterThan(50);
        assertThat(scenarios.failed()).as("scenarios failed (%s)", scenarios).isZero();

        assertThat(ExplorationVerdict.caught(defect)).as("the exploration's verdict on %s", defect).isPresent();
    }
}
