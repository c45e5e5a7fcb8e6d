package io.rdesuite.support;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.client.AuthenticationException;
import io.rdesuite.client.SimulatorControl;
import io.rdesuite.client.TargetUnreachableException;
import io.rdesuite.client.TokenProvider;
import io.rdesuite.config.ConfigurationException;
import io.rdesuite.config.Settings;
import io.rdesuite.config.SimulatorControlToken;
import io.rdesuite.config.TargetConfig;
import io.rdesuite.verdict.Profile;
import java.util.stream.Collectors;

/**
 * Runs once before the scenarios, verification and load simulations (pre-integration-test): a wrong or
 * unreachable target then stops the build with one line, instead of every scenario failing with a stack trace.
 * Checks the configuration (SAIL_API_VERSIONS among it) and, for a configured target, that a token can be had
 * (never printing it) and, for a simulator whose control API is protected, that the control token set is the one it
 * takes.
 */
public final class TargetPreflight {

    private TargetPreflight() {
    }

    public static void main(String[] args) {
        String problem = check(Settings.fromSystem());
        if (problem != null) {
            throw new TargetProblem(problem);
        }
    }

    /** The build's one line about the target; no stack trace, since this is a setting to fix, not a bug. */
    static final class TargetProblem extends RuntimeException {
        TargetProblem(String message) {
            super(message, null, false, false);
        }
    }

    /** Reads the tenant profile, if one is named, and says what it pins; a bad one throws its one line. */
    private static void profile(Settings settings) {
        Profile.named(settings).map(Profile::read).ifPresentOrElse(p -> System.out.println("[preflight] profile "
                + p.name() + ": " + (p.pinned().isEmpty() ? "pins no open choice" : "pins " + p.pinned().entrySet()
                .stream().map(e -> e.getKey().row() + "=" + e.getValue()).collect(Collectors.joining(", ")))),
                () -> System.out.println("[preflight] no profile: every honest value of an open choice passes "
                        + "(-D" + Profile.PROPERTY + "=FILE pins them)"));
    }

    /** Null when the target is usable, else one line saying what is wrong and what to do. */
    static String check(Settings settings) {
        TargetConfig config;
        try {
            config = TargetConfig.resolve(settings);
            ReportTimeout.read(settings);
            ReportTimeout.read(settings, ReportTimeout.CANCEL_SETTING, ReportTimeout.CANCEL_DEFAULT);
            settings.getBoolean(Settings.EXPECT_VERSIONS_SHARE_STATE, true);
            settings.getBoolean(Settings.EXPECT_RATE_LIMIT_PER_VERSION, true);
            profile(settings);
            System.out.println("[preflight] API versions: " + settings.apiVersions().stream().map(ApiVersion::label)
                    .collect(Collectors.joining(", ")) + (settings.get(Settings.API_VERSIONS).isPresent()
                    ? " (" + Settings.API_VERSIONS + ")" : " (this command's default; " + Settings.API_VERSIONS
                    + " chooses others)"));
        } catch (ConfigurationException | Profile.ProfileException e) {
            return e.getMessage();
        }
        if (config.embedded()) {
            try {
                SuiteTarget.embeddedConfig(settings);
            } catch (ConfigurationException e) {
                return e.getMessage();
            }
            System.out.println("[preflight] target: the embedded simulator (SAIL_BASE_URL is not set)"
                    + settings.get(SuiteTarget.SIMULATOR_SETTINGS).map(f -> ", settings from " + f).orElse(""));
            return null;
        }
        try {
            TokenProvider.forTarget(config).accessToken();
        } catch (TargetUnreachableException e) {
            return e.getMessage() + ". Check SAIL_BASE_URL.";
        } catch (AuthenticationException e) {
            return e.getMessage() + ". Check SAIL_CLIENT_ID and SAIL_CLIENT_SECRET (or SAIL_ACCESS_TOKEN).";
        }
        try {
            boolean simulator = SimulatorControl.detect(config.baseUri(), SimulatorControlToken.resolve(settings))
                    .isPresent();
            System.out.println("[preflight] target: " + config.baseUri() + " (token obtained"
                    + (simulator ? "; a simulator: its control API is used)" : ")"));
        } catch (ConfigurationException e) {
            return e.getMessage();
        }
        return null;
    }
}
