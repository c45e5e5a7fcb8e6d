package io.rdesuite.simulator.reports;

import io.rdesuite.api.ReportType;
import java.util.EnumMap;
import java.util.Map;

/**
 * The simulator's names and descriptions of each report type (taskDefName, TaskResultDetails.description, PDF
 * titles, default file names). The document shows only some of them; the rest are the simulator's choice.
 */
public final class ReportTexts {

    private record Texts(String taskDefName, String description) {
    }

    private static final Map<ReportType, Texts> TEXTS = new EnumMap<>(Map.of(
            ReportType.ACCOUNTS, new Texts("Account Export", "Exports the accounts of one source."),
            ReportType.IDENTITIES_DETAILS, new Texts("Identities Details Report",
                    "A detailed view of the identities in the system."),
            ReportType.IDENTITIES, new Texts("Identities Report", "A summary of the identities in the system."),
            ReportType.IDENTITY_PROFILE_IDENTITY_ERROR, new Texts("Identity Profile Identity Error Report",
                    "Identities that failed processing for an identity profile."),
            ReportType.ORPHAN_IDENTITIES, new Texts("Orphan Identities Report", "Identities with no correlated accounts."),
            ReportType.SEARCH_EXPORT, new Texts("Search Export", "Extract query data from ElasticSearch to CSV"),
            ReportType.UNCORRELATED_ACCOUNTS, new Texts("Uncorrelated Accounts Report",
                    "Accounts not correlated to any identity.")));

    private ReportTexts() {
    }

    public static String taskDefName(ReportType type) {
        return TEXTS.get(type).taskDefName();
    }

    public static String description(ReportType type) {
        return TEXTS.get(type).description();
    }
}
