package io.rdesuite.selfcheck;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rdesuite.support.TargetPreflight;
import java.nio.file.Path;

/**
 * A user's acceptance run in a JVM of its own: the target is resolved from the settings (SAIL_BASE_URL and the
 * client variables in the environment), checked by the preflight, then the scenarios and the provider verification
 * run against it ({@link SuiteRun#againstCurrentTarget()}). Writes the result as JSON to the file named by the
 * first argument; exits 0 once written, whatever failed.
 */
public final class SuiteRunMain {

    private SuiteRunMain() {
    }

    public static void main(String[] args) throws Exception {
        TargetPreflight.main(new String[0]);
        SuiteRun.Result result = SuiteRun.againstCurrentTarget();
        new ObjectMapper().writeValue(Path.of(args[0]).toFile(), result);
        System.exit(0);
    }
}
