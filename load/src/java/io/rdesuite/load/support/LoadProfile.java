package io.rdesuite.load.support;

import io.rdesuite.config.ConfigurationException;
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

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
