package io.rdesuite.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Defect;
import io.rdesuite.support.SuiteTarget;
import io.rdesuite.support.SuiteVersions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A simulator whose versions relate wrongly makes the cross-version scenarios fail, with the versions pinned for the
 * nested run; and the expectation settings work both ways: told to expect what the broken simulator does, the same
 * scenarios pass, and told to expect the opposite of an honest simulator, they fail.
 */
@DisplayName("The cross-version scenarios fail against a simulator whose versions relate wrongly, and follow the expectation")
class VersionDefectsAreCaughtTest {

    private static final String SCENARIOS = "io.rdesuite.scenarios.crossversion.";

    /**
     * A report's state per version and one rate budget are honest values of open choices (docs/assumptions.md): they
     * fail a run that expects the simulator's defaults, here pinned through the rows' own properties.
     */
    @ParameterizedTest(name = "{0} with {1} is caught by {2}#{3} (expecting {4})")
    @CsvSource(textBlock = """
            V2025_CANCEL_WRONG_STATUS,          v3 v2025, VersionsShareStateScenarios,  cancelsTheReport,                        ,
            VERSIONS_SEPARATE_STATE,            v3 v1,    VersionsShareStateScenarios,  readsTheResult,                          reports.versionsShareState
            RATE_BUDGET_SHARED_ACROSS_VERSIONS, v1 v2024, RateLimitPerVersionScenarios, anotherVersionServesAClientLimitedInOne, reports.rateLimitPerVersion
            """)
    @DisplayName("each version defect fails the cross-version scenarios")
    void versionDefectIsCaught(Defect defect, String versions, String scenarios, String method, String pin)
            throws Exception {
        String previous = pin == null ? null : System.getProperty(pin);
        if (pin != null) {
            System.setProperty(pin, "true");
        }
        NestedScenarioRun.Outcome outcome;
        try {
            outcome = run(versions, scenarios, method, defect);
        } finally {
            if (pin != null && previous == null) {
                System.clearProperty(pin);
            } else if (pin != null) {
                System.setProperty(pin, previous);
            }
        }

        assertThat(outcome.found()).as("scenarios selected (%s)", outcome).isPositive();
        assertThat(outcome.failed()).as("failed scenarios (%s)", outcome).isEqualTo(outcome.found());
    }

    @ParameterizedTest(name = "-D{0}={1} against {2}: {3}#{4} {5}")
    @CsvSource(textBlock = """
            reports.versionsShareState,  false, VERSIONS_SEPARATE_STATE,            VersionsShareStateScenarios,  readsTheResult,                          passes
            reports.rateLimitPerVersion, false, RATE_BUDGET_SHARED_ACROSS_VERSIONS, RateLimitPerVersionScenarios, anotherVersionServesAClientLimitedInOne, passes
            reports.versionsShareState,  false, ,                                   VersionsShareStateScenarios,  readsTheResult,                          fails
            reports.rateLimitPerVersion, false, ,                                   RateLimitPerVersionScenarios, anotherVersionServesAClientLimitedInOne, fails
            """)
    @DisplayName("a scenario fails only where the answers contradict the expectation the user set")
    void expectationDecides(String setting, String value, Defect defect, String scenarios, String method, String verdict)
            throws Exception {
        String previous = System.getProperty(setting);
        System.setProperty(setting, value);
        NestedScenarioRun.Outcome outcome;
        try {
            outcome = defect == null ? run("v3 v1", scenarios, method) : run("v3 v1", scenarios, method, defect);
        } finally {
            if (previous == null) {
                System.clearProperty(setting);
            } else {
                System.setProperty(setting, previous);
            }
        }

        assertThat(outcome.found()).as("scenarios selected (%s)", outcome).isPositive();
        assertThat(outcome.failed()).as("failed scenarios (%s)", outcome)
                .isEqualTo(verdict.equals("passes") ? 0 : outcome.found());
        assertThat(outcome.skipped()).as("skipped scenarios (%s)", outcome).isZero();
    }

    private static NestedScenarioRun.Outcome run(String versions, String scenarios, String method, Defect... defects)
            throws ClassNotFoundException {
        List<ApiVersion> pinned = Arrays.stream(versions.split(" ")).map(v -> ApiVersion.byLabel(v).orElseThrow()).toList();
        try (SuiteTarget.Scope scope = SuiteVersions.use(pinned)) {
            return NestedScenarioRun.run(Class.forName(SCENARIOS + scenarios), method, Optional.empty(), defects);
        }
    }
}
