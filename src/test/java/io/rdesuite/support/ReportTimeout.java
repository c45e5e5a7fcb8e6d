package io.rdesuite.support;

import io.rdesuite.api.Durations;
import io.rdesuite.config.ConfigurationException;
import io.rdesuite.config.Settings;
import java.time.Duration;

/**
 * How long the suite waits for one report to reach a status: {@code -Dreports.reportTimeout} (e.g. 30s, 2m; a
 * tenant with large reports needs minutes, the simulator seconds), 120 s when unset. Read at each wait.
 */
public final class ReportTimeout {

    public static final String SETTING = "reports.reportTimeout";
    public static final Duration DEFAULT = Duration.ofSeconds(120);
    /**
     * How long a cancelled report may take to show its end ({@code -Dreports.cancelTimeout}, 10 s when unset): a
     * cancel that has not taken effect by then fails, instead of waiting for the report to run its course.
     */
    public static final String CANCEL_SETTING = "reports.cancelTimeout";
    public static final Duration CANCEL_DEFAULT = Duration.ofSeconds(10);

    private ReportTimeout() {
    }

    public static Duration get() {
        return read(Settings.fromSystem());
    }

    /** How long a report cancelled through the API may take to show its end. */
    public static Duration cancel() {
        return read(Settings.fromSystem(), CANCEL_SETTING, CANCEL_DEFAULT);
    }

    /** The setting's value; a value that is not a positive duration is a one-line {@link ConfigurationException}. */
    static Duration read(Settings settings) {
        return read(settings, SETTING, DEFAULT);
    }

    static Duration read(Settings settings, String setting, Duration byDefault) {
        String text = settings.get(setting).orElse(null);
        if (text == null) {
            return byDefault;
        }
        Duration timeout;
        try {
            timeout = Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw problem(setting, text);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw problem(setting, text);
        }
        return timeout;
    }

    private static ConfigurationException problem(String setting, String text) {
        return new ConfigurationException(setting + " must be a positive duration such as 30s or 2m, not '" + text
                + "'");
    }
}
