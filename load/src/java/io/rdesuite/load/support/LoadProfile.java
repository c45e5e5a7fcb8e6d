package io.rdesuite.load.support;

import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.rdesuite.config.ConfigurationException;
import java.time.Duration;
import java.util.Locale;

/** The load shape chosen with -Dprofile=smoke|ramp|soak (smoke by default): never by editing a simulation. */
public enum LoadProfile {
    SMOKE, RAMP, SOAK;

    public static LoadProfile from(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("profile must be smoke, ramp or soak, not '" + value + "'");
        }
    }

    /** The value for this profile: each simulation states its three shapes side by side. */
    public <T> T pick(T smoke, T ramp, T soak) {
        return switch (this) {
            case SMOKE -> smoke;
            case RAMP -> ramp;
            case SOAK -> soak;
        };
    }

    /** Open arrivals: constant in smoke and soak, a ramp from {@code rampFrom} users/s in ramp. */
    public OpenInjectionStep openArrivals(double usersPerSecond, double rampFrom, Duration duration) {
        return pick(
                CoreDsl.constantUsersPerSec(usersPerSecond).during(duration),
                CoreDsl.rampUsersPerSec(rampFrom).to(usersPerSecond).during(duration),
                CoreDsl.constantUsersPerSec(usersPerSecond).during(duration));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
