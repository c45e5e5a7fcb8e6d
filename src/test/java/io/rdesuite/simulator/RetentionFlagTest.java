package io.rdesuite.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rdesuite.simulator.reports.Retention;
import io.restassured.RestAssured;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** --retention reaches the simulator's settings; a bad value is one line and exit code 2 (in process: no child JVM). */
class RetentionFlagTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"; 1h,10000", "30m; 30m,10000", "500; 1h,500", "30m,500; 30m,500"})
    void retentionFlag_setsTheRetention_theLeftOutPartKeepingItsDefault(String flag, String expected) {
        SimulatorMain main = new SimulatorMain();
        String[] args = flag == null ? new String[] {"--port", "0"} : new String[] {"--port", "0", "--retention", flag};

        new CommandLine(main).parseArgs(args);

        assertThat(main.config().retention().toString()).isEqualTo(expected);
    }

    @Test
    void retentionFlag_showsInTheControlApiSettings() {
        SimulatorMain main = new SimulatorMain();
        new CommandLine(main).parseArgs("--port", "0", "--quiet", "--retention", "90s,25");

        try (ReportsSimulator sim = ReportsSimulator.start(main.config())) {
            String retention = RestAssured.given().baseUri(sim.baseUrl())
                    .get("/__simulator/settings").path("retention");

            assertThat(retention).isEqualTo("90s,25");
            assertThat(sim.config().retention()).isEqualTo(new Retention(Duration.ofSeconds(90), 25));
        }
    }

    @Test
    void badRetentionFlag_exits2WithOneLineAndNoStackTrace() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SimulatorMain()).setErr(new PrintWriter(err));

        int exit = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> cli.execute("--port", "0", "--retention", "soon"));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines().findFirst()).contains(
                "--retention: 'soon' is not a retention; use an age (e.g. 1h, 30m), a count of finished reports "
                        + "(e.g. 10000) or both (1h,10000)");
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
    }
}
