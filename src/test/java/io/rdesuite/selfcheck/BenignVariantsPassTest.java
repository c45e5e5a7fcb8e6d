package io.rdesuite.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Variant;
import io.rdesuite.simulator.ReportsSimulator;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.support.SuiteTarget;
import io.rdesuite.verdict.Observations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Harmless changes pass: the acceptance run (scenarios and provider verification) against a simulator with every
 * benign variant on and every open choice at an honest value other than its default ({@link NonDefaultChoices},
 * derived from the registry; no profile) fails nothing, in this JVM and through SAIL_BASE_URL against the
 * standalone simulator started with --variant all and the choices' flags. The second runs in child JVMs while the
 * first runs here (the runs mostly wait: reports, rate-limit windows), so the pair costs about one run. The rows go
 * to target/kill-matrix.json and .md (the full matrix: -Pkill-matrix).
 */
@DisplayName("Harmless changes pass: nothing fails against a simulator with every benign variant and honest choice")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BenignVariantsPassTest {

    static final Duration REPORT_DURATION = Duration.ofMillis(100);
    private static final KillMatrix MATRIX = new KillMatrix("ci: every variant at once");
    private static final String ALL = "ALL_VARIANTS";
    private static final String DESCRIPTION = "every benign variant and every open choice at another honest value "
            + "at once";

    private static CompletableFuture<SuiteRun.Result> throughSailBaseUrl;

    @BeforeAll
    static void startTheSailBaseUrlRun() {
        throughSailBaseUrl = CompletableFuture.supplyAsync(() -> {
            List<String> flags = new ArrayList<>(List.of("--variant", "all"));
            flags.addAll(NonDefaultChoices.flags());
            flags.addAll(List.of("--report-duration", REPORT_DURATION.toMillis() + "ms"));
            try (StandaloneSimulator simulator = StandaloneSimulator.start(flags.toArray(String[]::new))) {
                return SailBaseUrlRun.against(simulator.baseUrl(), Path.of("target", "kill-matrix", "sail-base-url"));
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
    }

    @AfterAll
    static void writeMatrix() {
        MATRIX.write(Path.of("target"));
        System.out.println("[kill-matrix] " + MATRIX.summaryLine() + "; target/" + KillMatrix.MARKDOWN);
    }

    @Test
    @Order(1)
    @DisplayName("the in-process simulator with every variant on")
    void inProcess_everyVariantOn_nothingFails() {
        SimulatorConfig config = NonDefaultChoices.applyTo(SimulatorConfig.builder()).requestLog(false)
                .reportDuration(REPORT_DURATION).variants(EnumSet.allOf(Variant.class)).build();
        SuiteRun.Result result;
        try (ReportsSimulator simulator = ReportsSimulator.start(config)) {
            result = SuiteRun.against(SuiteTarget.forSimulator(simulator));
        }
        MATRIX.add(new KillMatrix.Row(ALL, KillMatrix.Kind.VARIANT, DESCRIPTION, "in-process simulator", result));

        assertNothingFailed(result);
    }

    @Test
    @Order(2)
    @DisplayName("the standalone simulator started with --variant all, reached through SAIL_BASE_URL")
    void throughSailBaseUrl_standaloneWithEveryVariant_nothingFails() {
        SuiteRun.Result result = throughSailBaseUrl.join();
        MATRIX.add(new KillMatrix.Row(ALL, KillMatrix.Kind.VARIANT, DESCRIPTION,
                "standalone simulator via SAIL_BASE_URL", result));

        assertNothingFailed(result);
    }

    static void assertNothingFailed(SuiteRun.Result result) {
        assertThat(result.tests()).as("tests run").isPositive();
        assertThat(result.failures()).as("failed tests (false alarms)").isEmpty();
        // a skip that names an observed honest choice (a pinned interaction describing another honest answer) shows
        // what the target does; any other skip hides what it would have shown
        assertThat(result.skipReasons()).as("skipped tests (each hides what it would have shown)")
                .allMatch(reason -> reason.contains(Observations.HONEST_CHOICE_SKIP));
    }
}
