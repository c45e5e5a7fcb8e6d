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

    private ReportTimeout() {
    }

    public static Duration get() {
        return read(Settings.fromSystem());
    }

    /** The setting's value; a value that is not a positive duration is a one-line {@link ConfigurationException}. */
    static Duration read(Settings settings) {
        String text = settings.get(SETTING).orElse(null);
        if (text == null) {
            return DEFAULT;
        }
        Duration timeout;
        try {
            timeout = Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw problem(text);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw problem(text);
        }
        return timeout;
    }

    private static ConfigurationException problem(String text) {
        return new ConfigurationException(SETTING + " must be a positive duration such as 30s or 2m, not '" + text
                + "'");
    }
}
