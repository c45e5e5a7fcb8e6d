package io.rdesuite.contract.provider;

import io.rdesuite.client.SimulatorControl;
import io.rdesuite.config.TargetConfig;
import io.rdesuite.support.SuiteTarget;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the provider verification runs against: the suite's target (embedded simulator, or SAIL_BASE_URL with
 * its credentials) unless a test swaps in another for the length of a block, as the proof that a broken
 * simulator fails verification does.
 *
 * @param coverageFile where verified cells are written; empty for a swapped-in target, so a proof run never
 *                     overwrites the real coverage
 */
public record VerificationTarget(TargetConfig config, Optional<SimulatorControl> control,
                                 Optional<Path> coverageFile) {

    static final Path COVERAGE_FILE = Path.of("target", "coverage", "pact.json");

    private static volatile VerificationTarget override;

    public static VerificationTarget current() {
        VerificationTarget swapped = override;
        if (swapped != null) {
            return swapped;
        }
        SuiteTarget suite = SuiteTarget.get();
        return new VerificationTarget(suite.config(), suite.control(), Optional.of(COVERAGE_FILE));
    }

    /** Verification in this JVM goes against {@code target} until the returned handle is closed. */
    public static AutoCloseable use(TargetConfig config, SimulatorControl control) {
        override = new VerificationTarget(config, Optional.of(control), Optional.empty());
        return () -> override = null;
    }

    /**
     * Whether this run reports its results (Allure labels, coverage file). A swapped-in target's run is nested in
     * another test, whose Allure result must not gain the verification's cells.
     */
    public boolean reportsResults() {
        return coverageFile.isPresent();
    }

    public String describe() {
        return (control.isPresent() ? "simulator at " : "target ") + config.baseUri();
    }
}
