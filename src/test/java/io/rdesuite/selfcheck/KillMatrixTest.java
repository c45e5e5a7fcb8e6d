package io.rdesuite.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Defect;
import io.rdesuite.api.Variant;
import io.rdesuite.api.choices.OpenChoice;
import io.rdesuite.explore.ExplorationVerdict;
import io.rdesuite.simulator.ReportsSimulator;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.support.SuiteTarget;
import io.rdesuite.support.SuiteVersions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The full kill matrix, one acceptance run (scenarios and provider verification) per deliberate defect and per
 * benign variant against the in-process simulator, and per variant once more through SAIL_BASE_URL against the
 * standalone simulator started with it: every defect is caught, no variant fails anything. It takes long, so it
 * runs only under {@code ./mvnw -B test -Pkill-matrix} (which sets {@value #ENABLED});
 * {@code -Dreports.killMatrix.only=NAME,...} runs some rows only. Red as fast as green: each row's time beside the
 * green time of its target (the same run with no defect, made once before the first row needing it); a caught defect
 * slower than green (beyond {@link KillMatrix#SLOWER_THAN_GREEN_TOLERATED}) fails its row unless one of its failures
 * ran into a timeout, which the row then names. Writes target/kill-matrix.json and .md.
 */
@EnabledIfSystemProperty(named = KillMatrixTest.ENABLED, matches = "true",
        disabledReason = "the full kill matrix runs with -Pkill-matrix")
@DisplayName("Kill matrix: every deliberate defect is caught, no benign variant fails anything")
class KillMatrixTest {

    static final String ENABLED = "reports.killMatrix";
    static final String ONLY = "reports.killMatrix.only";
    private static final Set<Defect> VERSION_DEFECTS = EnumSet.of(Defect.V2025_CANCEL_WRONG_STATUS,
            Defect.RATE_BUDGET_SHARED_ACROSS_VERSIONS, Defect.VERSIONS_SEPARATE_STATE);
    /**
     * The defects that bend the simulator to another honest value of an open choice: a run catches them only when
     * the choice is pinned (a profile, or the row's own property, set here for their rows).
     */
    private static final Map<Defect, String> PINNED_BY = Map.of(
            Defect.VERSIONS_SEPARATE_STATE, "reports.versionsShareState",
            Defect.RATE_BUDGET_SHARED_ACROSS_VERSIONS, "reports.rateLimitPerVersion");
    /** The open choices the cross-version scenarios observe: their honest-tenant rows run in two versions. */
    private static final Set<OpenChoice> CROSS_VERSION_ROWS = EnumSet.of(OpenChoice.VERSIONS_SHARE_STATE,
            OpenChoice.RATE_LIMIT_PER_VERSION);
    private static final KillMatrix MATRIX = new KillMatrix("full: one run per defect and per variant");
    private static final String IN_PROCESS = "in-process simulator";
    private static final String STANDALONE = "standalone simulator via SAIL_BASE_URL";
    /** The green time (milliseconds) by target and versions. */
    private static final Map<String, Long> GREEN = new HashMap<>();

    @AfterAll
    static void writeMatrix() {
        MATRIX.write(Path.of("target"));
        System.out.println("[kill-matrix] " + MATRIX.summaryLine() + "; target/" + KillMatrix.MARKDOWN);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("defects")
    @DisplayName("the defect fails at least one test, and says red about as fast as the target says green")
    void defect_isCaught(Defect defect) {
        List<ApiVersion> versions = versionsFor(defect);
        Long green = green(IN_PROCESS, versions, () -> inProcess(SimulatorConfig.builder()));
        String pin = PINNED_BY.get(defect);
        String before = pin == null ? null : System.getProperty(pin);
        Timed timed;
        try {
            if (pin != null) {
                System.setProperty(pin, "true");
            }
            timed = Timed.run(() -> {
                try (SuiteTarget.Scope scope = SuiteVersions.use(versions)) {
                    return inProcess(SimulatorConfig.builder().defect(defect));
                }
            });
        } finally {
            if (pin != null && before == null) {
                System.clearProperty(pin);
            } else if (pin != null) {
                System.setProperty(pin, before);
            }
        }
        // the exploration against the same defect (docs/exploration.md): the matrix shows who caught it
        String exploration = ExplorationVerdict.caught(defect).orElse("");
        KillMatrix.Row row = new KillMatrix.Row(defect.name(), KillMatrix.Kind.DEFECT, defect.description(),
                IN_PROCESS, timed.result(), timed.millis(), green, exploration);
        MATRIX.add(row);

        if (timed.result().failures().isEmpty()) { // a defect only a sequence or an unusual input shows
            assertThat(row.caughtByExploration()).as("caught by the exploration: %s", defect).isTrue();
            return;
        }
        assertThat(timed.result().failures()).as("tests failed by %s", defect).isNotEmpty();
        assertThat(green).as("the green run of the %s failed (its row says how): no time to compare with", IN_PROCESS)
                .isNotNull();
        assertThat(row.fastEnough()).as("%s: red after %.1f s, green after %.1f s (more than %d %% longer, and no"
                        + " failure ran into a timeout)", defect, timed.millis() / 1000.0, green / 1000.0,
                Math.round(KillMatrix.SLOWER_THAN_GREEN_TOLERATED * 100)).isTrue();
    }

    /**
     * An honest tenant: the standalone simulator with one open choice at one of its other honest values, through
     * SAIL_BASE_URL, no profile: nothing fails (a skip only where it names the observed choice). A row observed across
     * versions runs in v3 and v1.
     */
    @ParameterizedTest(name = "{0}={1}", allowZeroInvocations = true)
    @MethodSource("honestValues")
    @DisplayName("an honest tenant passes: each other honest value of each open choice alone, through SAIL_BASE_URL")
    void honestValue_failsNothingThroughSailBaseUrl(OpenChoice choice, String value) {
        List<ApiVersion> versions = CROSS_VERSION_ROWS.contains(choice) ? List.of(ApiVersion.V3, ApiVersion.V1)
                : List.of(ApiVersion.V3);
        Long green = green(STANDALONE, versions, () -> standalone("green", versions));
        Timed timed = Timed.run(() -> standalone(choice.row() + "-" + value, versions,
                choice.flagArgs(value).toArray(String[]::new)));
        MATRIX.add(new KillMatrix.Row(choice.row() + "=" + value, KillMatrix.Kind.VARIANT,
                "an honest tenant: " + choice.row() + " " + value + " (" + versions.stream().map(ApiVersion::label)
                        .collect(Collectors.joining(",")) + ")", STANDALONE, timed.result(), timed.millis(), green));

        BenignVariantsPassTest.assertNothingFailed(timed.result());
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("variants")
    @DisplayName("the variant fails nothing, in process")
    void variant_failsNothingInProcess(Variant variant) {
        List<ApiVersion> versions = SuiteVersions.selected();
        Long green = green(IN_PROCESS, versions, () -> inProcess(SimulatorConfig.builder()));
        Timed timed = Timed.run(() -> inProcess(SimulatorConfig.builder().variant(variant)));
        MATRIX.add(new KillMatrix.Row(variant.name(), KillMatrix.Kind.VARIANT, variant.description(),
                IN_PROCESS, timed.result(), timed.millis(), green));

        BenignVariantsPassTest.assertNothingFailed(timed.result());
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("variants")
    @DisplayName("the variant fails nothing through SAIL_BASE_URL, the standalone simulator started with it")
    void variant_failsNothingThroughSailBaseUrl(Variant variant) {
        Long green = green(STANDALONE, SuiteVersions.selected(), () -> standalone("green"));
        Timed timed = Timed.run(() -> standalone(variant.name(), "--variant", variant.name()));
        MATRIX.add(new KillMatrix.Row(variant.name(), KillMatrix.Kind.VARIANT, variant.description(),
                STANDALONE, timed.result(), timed.millis(), green));

        BenignVariantsPassTest.assertNothingFailed(timed.result());
    }

    /**
     * The green time of a target: the same run with no defect and no variant, made once per target and set of
     * versions (before the first row that needs it) and added to the matrix as a row of its own. A green run that
     * fails (or cannot run) gives no time: null, the row that needed it runs and is recorded without a green time
     * and fails, and the next row needing it makes the green run again.
     */
    private static Long green(String target, List<ApiVersion> versions, Supplier<SuiteRun.Result> run) {
        String key = target + " " + versions;
        Long known = GREEN.get(key);
        if (known != null) {
            return known;
        }
        Timed timed;
        try {
            timed = Timed.run(() -> {
                try (SuiteTarget.Scope scope = SuiteVersions.use(versions)) {
                    return run.get();
                }
            });
        } catch (RuntimeException couldNotRun) {
            System.out.println("[kill-matrix] the green run of the " + target + " could not run: " + couldNotRun);
            return null;
        }
        KillMatrix.Row row = new KillMatrix.Row("GREEN " + versions.stream().map(ApiVersion::label)
                .collect(Collectors.joining(",")), KillMatrix.Kind.GREEN, "no defect, no variant: the time to green",
                target, timed.result(), timed.millis(), null);
        MATRIX.add(row);
        if (!row.asExpected() || timed.result().skipped() > 0) {
            return null;
        }
        GREEN.put(key, timed.millis());
        return timed.millis();
    }

    /** A row's result and its time, from its start (the simulator's start included) to its end. */
    private record Timed(SuiteRun.Result result, long millis) {
        static Timed run(Supplier<SuiteRun.Result> row) {
            long start = System.nanoTime();
            SuiteRun.Result result = row.get();
            return new Timed(result, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** The acceptance run through SAIL_BASE_URL against the standalone simulator started with {@code flags}. */
    private static SuiteRun.Result standalone(String folder, String... flags) {
        return standalone(folder, List.of(), flags);
    }

    /** As {@link #standalone(String, String...)}, in {@code versions} (none: the nested run's v3). */
    private static SuiteRun.Result standalone(String folder, List<ApiVersion> versions, String... flags) {
        List<String> args = new ArrayList<>(List.of(flags));
        args.addAll(List.of("--report-duration", BenignVariantsPassTest.REPORT_DURATION.toMillis() + "ms"));
        try (StandaloneSimulator simulator = StandaloneSimulator.start(args.toArray(String[]::new))) {
            return SailBaseUrlRun.against(simulator.baseUrl(), Path.of("target", "kill-matrix", folder), versions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
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

    /** Every open choice's honest values other than the simulator's default, the row's name or one of them chosen. */
    static Stream<Arguments> honestValues() {
        return Arrays.stream(OpenChoice.values())
                .filter(c -> !NonDefaultChoices.LEFT_OUT.containsKey(c))
                .flatMap(c -> c.others().stream().filter(v -> selected(c.row()) || selected(c.row() + "=" + v))
                        .map(v -> Arguments.of(c, v)));
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
        return names.contains(name.toUpperCase(Locale.ROOT));
    }
}
