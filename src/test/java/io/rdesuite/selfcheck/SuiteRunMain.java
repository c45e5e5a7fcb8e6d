package io.rdesuite.selfcheck;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rdesuite.config.Settings;
import io.rdesuite.support.SuiteTarget;
import io.rdesuite.support.SuiteVersions;
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
        Settings settings = Settings.fromSystem();
        SuiteRun.Result result;
        // the versions SAIL_API_VERSIONS names, when it is set (a cross-version row); else the nested run's v3
        try (SuiteTarget.Scope versions = settings.get(Settings.API_VERSIONS).isPresent()
                ? SuiteVersions.use(settings.apiVersions()) : () -> { }) {
            result = SuiteRun.againstCurrentTarget();
        }
        new ObjectMapper().writeValue(Path.of(args[0]).toFile(), result);
        System.exit(0);
    }
}
