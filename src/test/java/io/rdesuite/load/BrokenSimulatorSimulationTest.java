package io.rdesuite.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Defect;
import io.rdesuite.load.simulations.CancelUnderConcurrencySimulation;
import io.rdesuite.load.simulations.ManyClientsSimulation;
import io.rdesuite.load.simulations.RateLimitProbeSimulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs real Gatling simulations against an embedded simulator with a deliberate defect: each gate must fail
 * (Gatling exits non-zero when an assertion fails), and pass against a sound simulator. Gatling runs in a
 * forked JVM, as the Maven plugin runs it, since it needs java.lang opened; each run has a folder of its own. The runs
 * go one at a time: the rate-limit probe times windows (10 % off fails it), and two probes at once on two cores
 * measured 1.22 s for a 1 s window against a sound simulator.
 */
class BrokenSimulatorSimulationTest {

    private static final Path OUT = Path.of("target", "load-tests");
    /** The defect that makes the simulator count one budget across versions (the simulator's default: one each). */
    private static final String SHARED_BUDGET = "RATE_BUDGET_SHARED_ACROSS_VERSIONS";

    @BeforeAll
    static void outputFolder() throws IOException {
        Files.createDirectories(OUT);
    }

    @ParameterizedTest(name = "rate-limit probe against a simulator with {0} fails its assertions")
    @CsvSource({
            "RETRY_AFTER_TOO_SHORT, after the advised Retry-After had passed: Retry-After is too short",
            "RETRY_AFTER_MISSING, 429 without a usable Retry-After header",
            "RATE_LIMIT_NOT_ENFORCED, the rate limit is not enforced"})
    void rateLimitProbe_againstBrokenSimulator_failsItsAssertions(Defect defect, String reason) throws IOException {
        Run run = run(RateLimitProbeSimulation.class, defect);

        assertThat(run.status()).as("Gatling status with " + defect).isNotZero();
        assertThat(run.log()).contains("Global: count of failed events is 0.0 : false");
        assertThat(run.violations()).contains(reason);
    }

    @Test
    @DisplayName("the many-clients simulation fails against a simulator that does not enforce the limit")
    void manyClients_againstUnlimitedSimulator_failsItsAssertions() throws IOException {
        Run run = run(ManyClientsSimulation.class, Defect.RATE_LIMIT_NOT_ENFORCED);

        assertThat(run.status()).isNotZero();
        assertThat(run.violations()).contains("the rate limit is not enforced");
    }

    @Test
    @DisplayName("the cancel simulation fails its cleanup against a simulator that ignores cancels")
    void cancelUnderConcurrency_againstSimulatorIgnoringCancels_failsItsCleanup() throws IOException {
        Run run = run(CancelUnderConcurrencySimulation.class, Defect.CANCEL_IGNORED);

        assertThat(run.status()).isNotZero();
        assertThat(run.log())
                .contains("reports still running after the cleanup")
                .contains("cleanup: count of failed events is 0.0 : false");
    }

    /** One Gatling run: its exit status and its folder (log, summary, results). */
    private record Run(Class<?> simulation, int status, Path dir) {

        String log() throws IOException {
            return Files.readString(dir.resolve("gatling.log"));
        }

        /** The gate's violations, from the summary the run wrote. */
        String violations() throws IOException {
            return Files.readString(dir.resolve("load").resolve(simulation.getSimpleName() + "-summary.json"));
        }
    }

    /**
     * Over two versions the probe finds one budget across them and fails against the default expectation (a
     * budget per version). Runs once the defect layer has a defect sharing the budget; until then it is skipped.
     */
    @Test
    @DisplayName("the rate-limit probe over v3 and v1 fails against a simulator sharing one budget across versions")
    void rateLimitProbe_overTwoVersions_againstSharedBudget_failsItsAssertions() throws IOException {
        Defect shared = Arrays.stream(Defect.values()).filter(d -> d.name().equals(SHARED_BUDGET)).findFirst()
                .orElse(null);
        Assumptions.assumeTrue(shared != null, "no defect " + SHARED_BUDGET + " in this build");

        Run run = run(RateLimitProbeSimulation.class, shared, "-Dload.apiVersions=v3,v1");

        assertThat(run.status()).isNotZero();
        assertThat(run.violations()).contains("one budget across versions, expected a budget"
                + " per version").contains("\"servedInOtherVersionAfter429\" : \"0/");
    }

    @Test
    @DisplayName("the rate-limit probe passes against a sound simulator")
    void rateLimitProbe_againstSoundSimulator_passes() {
        Run run = run(RateLimitProbeSimulation.class, null);

        assertThat(run.status()).isZero();
    }

    private static Run run(Class<?> simulation, Defect defect, String... more) {
        Path dir = OUT.resolve(simulation.getSimpleName() + "-" + defect + String.join("", more).replaceAll("\\W", "_"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto",   // seconds of smoke load: the first JIT tier only
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                "-Dload.simulator.defects=" + (defect == null ? "" : defect.name()),
                "-Dload.apiVersions=v3",
                "-Dload.probe.limits=20/1s",
                "-Dload.outputDir=" + dir,
                "-Dallure.results.directory=" + dir.resolve("allure-results")));
        command.addAll(List.of(more));
        command.addAll(List.of("io.gatling.app.Gatling",
                "--simulation", simulation.getName(),
                "--results-folder", dir.resolve("gatling").toString(),
                "--no-reports"));
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(dir.resolve("load").resolve(simulation.getSimpleName() + "-summary.json"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("gatling.log").toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(simulation.getSimpleName() + " did not end within 120 s");
            }
            return new Run(simulation, process.exitValue(), dir);
        } catch (IOException e) {
            throw new AssertionError("cannot fork Gatling: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
