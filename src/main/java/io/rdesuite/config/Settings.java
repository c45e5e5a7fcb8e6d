package io.rdesuite.config;

import io.rdesuite.api.ApiVersion;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place settings are read from: JVM system property, then environment variable, then default. Both
 * sources are looked up by the same name and consulted at each call, never cached, so a value set after start-up
 * (a test's -D, a Gradle/Maven property) is still seen. A blank value counts as unset.
 */
public final class Settings {

    public static final String BASE_URL = "SAIL_BASE_URL";
    public static final String CLIENT_ID = "SAIL_CLIENT_ID";
    public static final String CLIENT_SECRET = "SAIL_CLIENT_SECRET";
    public static final String ACCESS_TOKEN = "SAIL_ACCESS_TOKEN";
    public static final String READONLY_CLIENT_ID = "SAIL_READONLY_CLIENT_ID";
    public static final String READONLY_CLIENT_SECRET = "SAIL_READONLY_CLIENT_SECRET";
    public static final String NOACCESS_CLIENT_ID = "SAIL_NOACCESS_CLIENT_ID";
    public static final String NOACCESS_CLIENT_SECRET = "SAIL_NOACCESS_CLIENT_SECRET";
    public static final String SIMULATOR_CONTROL_TOKEN = "SAIL_SIMULATOR_CONTROL_TOKEN";
    public static final String SIMULATOR_CONTROL_TOKEN_FILE = "SAIL_SIMULATOR_CONTROL_TOKEN_FILE";
    /** The API versions a run covers: v3 (the default), a list such as v3,v2025,v1, or all. */
    public static final String API_VERSIONS = "SAIL_API_VERSIONS";
    /**
     * What {@link #API_VERSIONS} falls back to when unset: the build sets it per command (the default build covers
     * v3 and v1, -Pacceptance v3); without it, v3.
     */
    public static final String API_VERSIONS_DEFAULT = "reports.apiVersionsDefault";
    public static final String DEFAULT_API_VERSIONS = "v3";
    /**
     * What the user expects of the target (assumptions about the real service, docs/assumptions.md), true unless
     * set: a report started through one version is known to the others; each version has its own rate budget per
     * client. The cross-version scenarios and the load probe fail only where the answers contradict them.
     */
    public static final String EXPECT_VERSIONS_SHARE_STATE = "reports.versionsShareState";
    public static final String EXPECT_RATE_LIMIT_PER_VERSION = "reports.rateLimitPerVersion";

    private final Function<String, String> properties;
    private final Function<String, String> environment;

    public Settings(Function<String, String> properties, Function<String, String> environment) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** System properties and the process environment. */
    public static Settings fromSystem() {
        return new Settings(System::getProperty, System::getenv);
    }

    /** Fixed maps, for tests; the maps are read at each lookup, so later changes to them are seen. */
    public static Settings of(Map<String, String> properties, Map<String, String> environment) {
        return new Settings(properties::get, environment::get);
    }

    public Optional<String> get(String name) {
        return nonBlank(properties.apply(name)).or(() -> nonBlank(environment.apply(name)));
    }

    public String get(String name, String defaultValue) {
        return get(name).orElse(defaultValue);
    }

    public int getInt(String name, int defaultValue) {
        Optional<String> value = get(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw new ConfigurationException(name + " must be a whole number, not '" + value.get() + "'");
        }
    }

    public boolean getBoolean(String name, boolean defaultValue) {
        Optional<String> value = get(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        return switch (value.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new ConfigurationException(name + " must be true or false, not '" + value.get() + "'");
        };
    }

    /**
     * The versions {@link #API_VERSIONS} selects, in the table's order.
     *
     * @throws ConfigurationException in one line naming the accepted values
     */
    public List<ApiVersion> apiVersions() {
        String value = get(API_VERSIONS).orElseGet(() -> get(API_VERSIONS_DEFAULT, DEFAULT_API_VERSIONS));
        try {
            return ApiVersion.parseList(value);
        } catch (IllegalArgumentException wrong) {
            throw new ConfigurationException(API_VERSIONS + "='" + value + "': " + wrong.getMessage());
        }
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
