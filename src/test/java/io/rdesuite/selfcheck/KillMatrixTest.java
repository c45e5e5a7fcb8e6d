package io.rdesuite.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Defect;
import io.rdesuite.api.Variant;
import io.rdesuite.simulator.ReportsSimulator;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.support.SuiteTarget;
import io.rdesuite.support.SuiteVersions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The full kill matrix, one acceptance run (scenarios and provider verification) per deliberate defect and per
 * benign variant against the in-process simulator, and per variant once more through SAIL_BASE_URL against the
 * standalone simulator started with it: every defect is caught, no variant fails anything. It takes long, so it
 * runs only under {@code ./mvnw -B test -Pkill-matrix} (which sets {@value #ENABLED});
 * {@code -Dreports.killMatrix.only=NAME,...} runs some rows only. Writes target/kill-matrix.json and .md.
 */
@EnabledIfSystemProperty(named = KillMatrixTest.ENABLED, matches = "true",
        disabledReason = "the full kill matrix runs with -Pkill-matrix")
@DisplayName("Kill matrix: every deliberate defect is caught, no benign variant fails anything")
class KillMatrixTest {

    static final String ENABLED = "reports.killMatrix";
    static final String ONLY = "reports.killMatrix.only";
    private static final Set<Defect> VERSION_DEFECTS = EnumSet.of(Defect.V2025_CANCEL_WRONG_STATUS,
            Defect.RATE_BUDGET_SHARED_ACROSS_VERSIONS, Defect.VERSIONS_SEPARATE_STATE);
    private static final KillMatrix MATRIX = new KillMatrix("full: one run per defect and per variant");

    @AfterAll
    static void writeMatrix() {
        MATRIX.write(Path.of("target"));
        System.out.println("[kill-matrix] " + MATRIX.summaryLine() + "; target/" + KillMatrix.MARKDOWN);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("defects")
    @DisplayName("the defect fails at least one test")
    void defect_isCaught(Defect defect) {
        SuiteRun.Result result;
        try (SuiteTarget.Scope versions = SuiteVersions.use(versionsFor(defect))) {
            result = inProcess(SimulatorConfig.builder().defect(defect));
        }
        MATRIX.add(new KillMatrix.Row(defect.name(), KillMatrix.Kind.DEFECT, defect.description(),
                "in-process simulator", result));

        if (result.failures().isEmpty()) { // a defect only a sequence or an unusual input shows (docs/exploration.md)
            assertThat(io.rdesuite.explore.ExplorationVerdict.caught(defect)).as("caught by the exploration: %s", defect)
                    .isPresent();
            return;
        }
        assertThat(result.failures()).as("tests failed by %s", defect).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("variants")
    @DisplayName("the variant fails nothing, in process")
    void variant_failsNothingInProcess(Variant variant) {
        SuiteRun.Result result = inProcess(SimulatorConfig.builder().variant(variant));
        MATRIX.add(new KillMatrix.Row(variant.name(), KillMatrix.Kind.VARIANT, variant.description(),
                "in-process simulator", result));

        BenignVariantsPassTest.assertNothingFailed(result);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("variants")
    @DisplayName("the variant fails nothing through SAIL_BASE_URL, the standalone simulator started with it")
    void variant_failsNothingThroughSailBaseUrl(Variant variant) throws Exception {
        SuiteRun.Result result;
        try (StandaloneSimulator simulator = StandaloneSimulator.start("--variant", variant.name(),
                "--report-duration", BenignVariantsPassTest.REPORT_DURATION.toMillis() + "ms")) {
            result = SailBaseUrlRun.against(simulator.baseUrl(), Path.of("target", "kill-matrix", variant.name()));
        }
        MATRIX.add(new KillMatrix.Row(variant.name(), KillMatrix.Kind.VARIANT, variant.description(),
                "standalone simulator via SAIL_BASE_URL", result));

        BenignVariantsPassTest.assertNothingFailed(result);
    }

    /**
     * The run's versions; for a defect in how the versions relate, v2025 added, so that the cross-version scenarios
     * run (two versions at least) and v2025, the version one of them breaks, is among them.
     */
    static List<ApiVersion> versionsFor(Defect defect) {
        if (!VERSION_DEFECTS.contains(defect)) {
            return SuiteVersions.selected();
        }
        Set<ApiVersion> versions = EnumSet.copyOf(SuiteVersions.selected());
        versions.add(ApiVersion.V2025);
        return List.copyOf(versions);
    }

    static Stream<Defect> defects() {
        return Arrays.stream(Defect.values()).filter(d -> selected(d.name()));
    }

    static Stream<Variant> variants() {
        return Arrays.stream(Variant.values()).filter(v -> selected(v.name()));
    }

    private static SuiteRun.Result inProcess(SimulatorConfig.Builder config) {
        try (ReportsSimulator simulator = ReportsSimulator.start(config.requestLog(false)
                .reportDuration(BenignVariantsPassTest.REPORT_DURATION).build())) {
            return SuiteRun.against(SuiteTarget.forSimulator(simulator));
        }
    }

    private static boolean selected(String name) {
        String only = System.getProperty(ONLY, "").trim();
        if (only.isEmpty()) {
            return true;
        }
        Set<String> names = Arrays.stream(only.split(",")).map(n -> n.trim().toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return names.contains(name);
    }
}
