package io.rdesuite.support;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.config.Settings;
import java.util.List;

/**
 * The API versions this run covers: {@code SAIL_API_VERSIONS} (see {@link Settings#apiVersions()}), unless a
 * self-check pinned them for a nested run with {@link #use}; and the version the running scenario class covers
 * ({@link #current()}, set by {@link EveryApiVersion} for each of its runs).
 */
public final class SuiteVersions {

    private static volatile List<ApiVersion> override;
    private static volatile ApiVersion running;

    private SuiteVersions() {
    }

    public static List<ApiVersion> selected() {
        List<ApiVersion> o = override;
        return o != null ? o : Settings.fromSystem().apiVersions();
    }

    /** True when the run covers more than one version (the cross-version scenarios run then). */
    public static boolean several() {
        return selected().size() > 1;
    }

    /** Makes {@link #selected()} answer {@code versions} until the returned handle is closed. */
    public static SuiteTarget.Scope use(List<ApiVersion> versions) {
        List<ApiVersion> previous = override;
        override = List.copyOf(versions);
        return () -> override = previous;
    }

    /** True while a {@link #use} pin is in force. */
    public static boolean pinned() {
        return override != null;
    }

    /**
     * As {@link #use}, unless a pin is in force already (the caller's, e.g. a self-check of one version's defect):
     * then nothing changes. What nested runs that do not care about versions pin themselves to.
     */
    public static SuiteTarget.Scope useIfNotPinned(List<ApiVersion> versions) {
        return pinned() ? () -> { } : use(versions);
    }

    /**
     * The version the running scenario class covers (its {@link EveryApiVersion} run); outside such a run, the
     * first selected version.
     */
    public static ApiVersion current() {
        ApiVersion r = running;
        return r != null ? r : selected().get(0);
    }

    /** Makes {@link #current()} answer {@code version} until the returned handle is closed. */
    static SuiteTarget.Scope running(ApiVersion version) {
        ApiVersion previous = running;
        running = version;
        return () -> running = previous;
    }
}
