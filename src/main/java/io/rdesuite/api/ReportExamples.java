package io.rdesuite.api;

import java.util.EnumMap;
import java.util.Map;

/**
 * One valid startReport body per report type: the document's own examples ({@code components.examples.*-report-
 * details}), kept here so the simulator, client, scenarios, contracts and load send the same requests. A test
 * proves they equal the OpenAPI copy's examples ({@code ReportExamplesTest}).
 */
public final class ReportExamples {

    private static final Map<ReportType, String> BODIES = new EnumMap<>(Map.of(
            ReportType.ACCOUNTS, """
                    {"reportType":"ACCOUNTS","arguments":{"application":"2c9180897eSourceIde781782f705b9","sourceName":"Active Directory"}}""",
            ReportType.IDENTITIES_DETAILS, """
                    {"reportType":"IDENTITIES_DETAILS","arguments":{"correlatedOnly":true}}""",
            ReportType.IDENTITIES, """
                    {"reportType":"IDENTITIES","arguments":{"correlatedOnly":true}}""",
            ReportType.IDENTITY_PROFILE_IDENTITY_ERROR, """
                    {"reportType":"IDENTITY_PROFILE_IDENTITY_ERROR","arguments":{"authoritativeSource":"2c9180847de347aa017de8ef09167792"}}""",
            ReportType.ORPHAN_IDENTITIES, """
                    {"reportType":"ORPHAN_IDENTITIES","arguments":{"selectedFormats":["CSV","PDF"]}}""",
            ReportType.SEARCH_EXPORT, """
                    {"reportType":"SEARCH_EXPORT","arguments":{"indices":["identities"],"query":"attributes.city:London",\
                    "columns":"displayName,firstName,lastName,email,attributes.city,created,attributes.cloudLifecycleState,access.spread",\
                    "sort":["+displayName"]}}""",
            ReportType.UNCORRELATED_ACCOUNTS, """
                    {"reportType":"UNCORRELATED_ACCOUNTS","arguments":{"selectedFormats":["CSV","PDF"]}}"""));

    private ReportExamples() {
    }

    /** The document's example startReport body for {@code type}, as JSON text. */
    public static String json(ReportType type) {
        return BODIES.get(type);
    }

    /**
     * An ACCOUNTS body for a source of its own: distinct arguments start distinct reports (a repeated start with
     * the same arguments returns the running report instead).
     */
    public static String accountsFor(String application) {
        return "{\"reportType\":\"ACCOUNTS\",\"arguments\":{\"application\":\"" + application
                + "\",\"sourceName\":\"Active Directory\"}}";
    }
}
