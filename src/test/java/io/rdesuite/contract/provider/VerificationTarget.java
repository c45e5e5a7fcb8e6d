package io.rdesuite.contract.provider;

import au.com.dius.pact.provider.IHttpClientFactory;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.HttpsTestTarget;
import au.com.dius.pact.provider.junit5.TestTarget;
import io.rdesuite.client.SimulatorControl;
import io.rdesuite.config.TargetConfig;
import io.rdesuite.support.SuiteTarget;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.hc.client5.http.impl.classic.HttpClients;

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
    /** Where the verified cells go instead of {@link #COVERAGE_FILE}: a nested run keeps the build's file untouched. */
    public static final String COVERAGE_FILE_PROPERTY = "reports.pactCoverageFile";

    private static volatile VerificationTarget override;

    public static VerificationTarget current() {
        VerificationTarget swapped = override;
        if (swapped != null) {
            return swapped;
        }
        SuiteTarget suite = SuiteTarget.get();
        Path coverage = Optional.ofNullable(System.getProperty(COVERAGE_FILE_PROPERTY)).map(Path::of).orElse(COVERAGE_FILE);
        return new VerificationTarget(suite.config(), suite.control(), Optional.of(coverage));
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

    /**
     * Pact's target for this one, with a client that never retries: HttpClient 5 would otherwise honour a 429's
     * Retry-After and send the request again, hiding the answer under verification.
     */
    TestTarget httpTarget() {
        URI baseUri = config.baseUri();
        boolean https = baseUri.getScheme().equals("https");
        int port = baseUri.getPort() >= 0 ? baseUri.getPort() : https ? 443 : 80;
        IHttpClientFactory noRetries = provider -> HttpClients.custom()
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .build();
        return https ? new HttpsTestTarget(baseUri.getHost(), port, "/", false, () -> noRetries)
                : new HttpTestTarget(baseUri.getHost(), port, "/", () -> noRetries);
    }

    public String describe() {
        return (control.isPresent() ? "simulator at " : "target ") + config.baseUri();
    }
}
