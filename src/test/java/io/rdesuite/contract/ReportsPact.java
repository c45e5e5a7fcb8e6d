package io.rdesuite.contract;

import io.rdesuite.api.ApiVersion;
import java.nio.file.Path;

/** The names and places of the Reports API contract, shared by the consumer and provider sides. */
public final class ReportsPact {

    public static final String CONSUMER = "reports-suite-client";
    public static final String PROVIDER = "isc-reports-api";

    /** The pinned contract, committed; provider verification reads it. */
    public static final Path PINNED_DIR = Path.of("contracts", "pacts");
    /** Where the consumer tests write (surefire sets pact.rootDir to the same folder). */
    public static final Path FRESH_DIR = Path.of("target", "pacts");

    /** The bearer token written into pacts: a placeholder, never a real token. The provider side replaces it. */
    public static final String PLACEHOLDER_TOKEN = "pact-placeholder-token";
    public static final String AUTHORIZATION_PATTERN = "Bearer \\S+";

    public static final String HEX32 = "[0-9a-f]{32}";
    public static final String ISO_DATE_TIME =
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})";

    private ReportsPact() {
    }

    /**
     * A request path of the pinned pact (written in v3's family, /v3/reports/...) in {@code version}'s family, its
     * query and what stands before the base path kept: /v3/reports/x/result?completed=true becomes
     * /reports/v1/x/result?completed=true for v1.
     *
     * @throws IllegalArgumentException for a path outside v3's family
     */
    public static String pathIn(ApiVersion version, String v3Path) {
        int query = v3Path.indexOf('?');
        String path = query < 0 ? v3Path : v3Path.substring(0, query);
        if (ApiVersion.ofPath(path).filter(v -> v == ApiVersion.V3).isEmpty()) {
            throw new IllegalArgumentException("Not a path of the pinned pact (v3's " + ApiVersion.V3.basePath()
                    + "/...): " + v3Path);
        }
        String base = ApiVersion.V3.basePath();
        int at = path.indexOf(base);
        return v3Path.substring(0, at) + version.basePath() + v3Path.substring(at + base.length());
    }
}
