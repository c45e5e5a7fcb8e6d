package io.rdesuite.api;

/**
 * A published version of the API: where its four operations live. The operations' templates are written
 * relative to {@link #basePath()}.
 */
public enum ApiVersion {
    V3("v3", "/v3/reports");

    private final String label;
    private final String basePath;

    ApiVersion(String label, String basePath) {
        this.label = label;
        this.basePath = basePath;
    }

    /** As users write it: v3. */
    public String label() {
        return label;
    }

    /** The path every operation of this version starts with, e.g. /v3/reports. */
    public String basePath() {
        return basePath;
    }
}
