package io.rdesuite.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** --versions-share-state and --rate-limit-per-version: on by default, =false turns each off; a bad value is one line. */
class VersionFlagsTest {

    @ParameterizedTest(name = "{0} -> share state {1}, budget per version {2}")
    @CsvSource(delimiter = ';', value = {
        "; true; true",
        "--versions-share-state=false; false; true",
        "--rate-limit-per-version=false; true; false",
        "--versions-share-state; true; true",
        "--versions-share-state=false --rate-limit-per-version=false; false; false"})
    void flags_setTheConfiguration(String flags, boolean shareState, boolean perVersion) {
        SimulatorMain main = new SimulatorMain();
        String args = "--port 0" + (flags == null ? "" : " " + flags);

        new CommandLine(main).parseArgs(args.split(" "));

        assertThat(main.config().versionsShareState()).isEqualTo(shareState);
        assertThat(main.config().rateLimitPerVersion()).isEqualTo(perVersion);
        assertThat(SimulatorMain.versionsLine(main.config())).contains("/reports/v1")
                .contains(shareState ? "one state" : "a state each")
                .contains(perVersion ? "a rate budget each" : "one rate budget");
    }

    @Test
    void badValue_exits2WithOneLineAndNoStackTrace() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SimulatorMain()).setErr(new PrintWriter(err));

        int exit = cli.execute("--port", "0", "--versions-share-state=maybe");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                .contains("--versions-share-state").contains("maybe"));
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
    }
}
