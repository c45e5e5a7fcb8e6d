package io.rdesuite.contract;

import java.nio.file.Path;

/** The names and places of the Reports API contract, shared by the consumer and provider sides. */
public final class ReportsPact {

    public static final String CONSUMER = "reports-suite-client";
    public static final String PROVIDER = "isc-reports-api";

    /** The pinned contract, committed; provider verification reads it. */
    public static final Path PINNED_DIR = Path.of("contracts", "pacts");
    /** Where the consumer tests write (surefire sets pact.rootDir to the same folder). */
    public static final Path FRESH_DIR = Path.of("target", "pacts");
    public static final Path OPENAPI = Path.of("contracts", "openapi", "reports-v3.yaml");

    /** The bearer token written into pacts: a placeholder, never a real token. The provider side replaces it. */
    public static final String PLACEHOLDER_TOKEN = "pact-placeholder-token";
    public static final String AUTHORIZATION_PATTERN = "Bearer \\S+";

    public static final String HEX32 = "[0-9a-f]{32}";
    public static final String ISO_DATE_TIME =
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})";

    private ReportsPact() {
    }
}
