package io.rdesuite.selfcheck;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.model.TaskResultDetails;
import io.rdesuite.client.SimulatorControl;
import io.rdesuite.simulator.ReportsSimulator;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.support.ReportTimeout;
import io.rdesuite.support.SuiteTarget;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An interrupted run leaves nothing running: the scenarios run in a child JVM against a simulator whose reports
 * take 90 s; once the child waits for its report, the child gets SIGTERM (as from Ctrl-C or a cancelled CI job) and
 * must stop within seconds, having cancelled its reports (the shared ones, one of every type, started together)
 * and said so in one line.
 *
 * <p>The evidence that the child waits (so its start answer has been recorded): a latency-only fault armed for
 * one /result (the answer is unchanged) is spent, and the simulator runs a report.
 */
@DisplayName("An interrupted run cancels the reports it left running and stops promptly")
class InterruptedRunCleansUpTest {

    private static final Duration LONG_REPORTS = Duration.ofSeconds(90);
    private static final Duration CHILD_START_LIMIT = Duration.ofSeconds(60);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(8);
    private static final String LIFECYCLE_IDENTITIES = "iteration:method:io.rdesuite.scenarios.lifecycle."
            + "LifecycleScenarios#reportRunsToConsistentFiles(" + ReportType.class.getName() + ")["
            + ReportType.IDENTITIES.ordinal() + "]";

    @TempDir
    Path dir;

    @Test
    @DisplayName("SIGTERM during a wait: the child cancels its running report, prints one line and exits")
    void sigtermDuringAWait_cancelsTheRunningReportAndStops() throws Exception {
        try (ReportsSimulator simulator = ReportsSimulator.start(SimulatorConfig.builder().requestLog(false)
                .reportDuration(LONG_REPORTS).build())) {
            SimulatorControl control = new SimulatorControl(URI.create(simulator.baseUrl()));
            control.armFault(Operation.GET_REPORT_RESULT.id(), 0, 1, 1);
            Process child = startChild(simulator.baseUrl());
            try {
                List<String> started = awaitRunningReport(control, child);

                long signalled = System.nanoTime();
                child.destroy();
                boolean stopped = child.waitFor(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
                Duration stopping = Duration.ofNanos(System.nanoTime() - signalled);

                String err = Files.readString(dir.resolve("child.err"));
                assertThat(stopped).as("the child stopped within %s of SIGTERM; its stderr:%n%s", STOP_LIMIT, err)
                        .isTrue();
                assertThat(running(control)).as("reports running after the child stopped (took %s); its stderr:%n%s",
                        stopping, err).isEmpty();
                // the scenario reads the shared reports, started together: one of every type
                String cancelled = "cancelled " + started.size() + " running report(s) [";
                assertThat(err.lines().filter(l -> l.startsWith("[reports] ")).toList()).as("the clean-up's line")
                        .singleElement().asString()
                        .contains(cancelled, "could not cancel 0 []")
                        .contains(started)
                        .doesNotContain("secret");
                assertThat(Files.readString(dir.resolve("cleanup.log"))).as("the line, also in the clean-up log")
                        .contains(cancelled).contains(started);
            } finally {
                child.destroyForcibly();
            }
        }
    }

    private Process startChild(String baseUrl) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Dallure.results.directory=" + dir.resolve("allure-results"),
                "-D" + ReportTimeout.SETTING + "=2m",
                "-D" + SuiteTarget.CLEANUP_LOG + "=" + dir.resolve("cleanup.log"),
                ChildScenarioRun.class.getName(), LIFECYCLE_IDENTITIES)
                .redirectOutput(dir.resolve("child.out").toFile())
                .redirectError(dir.resolve("child.err").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("SAIL_"));
        env.put("SAIL_BASE_URL", baseUrl);
        env.put("SAIL_CLIENT_ID", "demo-manage");
        env.put("SAIL_CLIENT_SECRET", "demo-manage-secret");
        return builder.directory(new File(".")).start();
    }

    /** Waits until the child polls the result of the report it runs: evidence, not a fixed sleep. */
    private List<String> awaitRunningReport(SimulatorControl control, Process child) throws Exception {
        long deadline = System.nanoTime() + CHILD_START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> running = running(control);
            if (!running.isEmpty() && armedFaults(control) == 0) {
                return running;
            }
            assertThat(child.isAlive()).as("the child is running; its stderr:%n%s",
                    Files.readString(dir.resolve("child.err"))).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("the child started no report within " + CHILD_START_LIMIT);
    }

    private static int armedFaults(SimulatorControl control) {
        return given().baseUri(control.baseUri().toString()).get("/__simulator/faults").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
    }

    private static List<String> running(SimulatorControl control) {
        return control.tasks().stream().filter(TaskResultDetails::isRunning).map(TaskResultDetails::id).toList();
    }
}
