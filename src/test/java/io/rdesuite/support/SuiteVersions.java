package io.rdesuite.support;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.config.Settings;
import java.util.List;

/**
 * The API versions this run covers: {@code SAIL_API_VERSIONS} (see {@link Settings#apiVersions()}), unless a
 * self-check pinned them for a nested run with {@link #use}.
 */
public final class SuiteVersions {

    private static volatile List<ApiVersion> override;

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
}
