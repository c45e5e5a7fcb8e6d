package io.rdesuite.api;

/** The report types the published document lists for ReportDetails.reportType. */
public enum ReportType {
    ACCOUNTS,
    IDENTITIES_DETAILS,
    IDENTITIES,
    IDENTITY_PROFILE_IDENTITY_ERROR,
    ORPHAN_IDENTITIES,
    SEARCH_EXPORT,
    UNCORRELATED_ACCOUNTS
}
