package io.rdesuite.client.model;

/** The report types the v3 document lists for ReportDetails.reportType. */
public enum ReportType {
    ACCOUNTS("Account Export", "Exports the accounts of one source."),
    IDENTITIES_DETAILS("Identities Details Report", "A detailed view of the identities in the system."),
    IDENTITIES("Identities Report", "A summary of the identities in the system."),
    IDENTITY_PROFILE_IDENTITY_ERROR("Identity Profile Identity Error Report",
            "Identities that failed processing for an identity profile."),
    ORPHAN_IDENTITIES("Orphan Identities Report", "Identities with no correlated accounts."),
    SEARCH_EXPORT("Search Export", "Extract query data from ElasticSearch to CSV"),
    UNCORRELATED_ACCOUNTS("Uncorrelated Accounts Report", "Accounts not correlated to any identity.");

    private final String taskDefName;
    private final String description;

    ReportType(String taskDefName, String description) {
        this.taskDefName = taskDefName;
        this.description = description;
    }

    public String taskDefName() {
        return taskDefName;
    }

    public String description() {
        return description;
    }
}
