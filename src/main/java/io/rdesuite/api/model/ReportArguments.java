package io.rdesuite.api.model;

import io.rdesuite.api.ReportType;
import io.rdesuite.api.FileFormat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The arguments of one report type. The document types {@code arguments} as an anyOf over these seven schemas
 * without tying them to reportType (defect 5); here each record knows its report type.
 */
public sealed interface ReportArguments {

    @JsonIgnore
    ReportType reportType();

    /** The record that holds the arguments of a report type. */
    static Class<? extends ReportArguments> typeFor(ReportType reportType) {
        return switch (reportType) {
            case ACCOUNTS -> AccountsExport.class;
            case IDENTITIES_DETAILS -> IdentitiesDetails.class;
            case IDENTITIES -> Identities.class;
            case IDENTITY_PROFILE_IDENTITY_ERROR -> IdentityProfileIdentityError.class;
            case ORPHAN_IDENTITIES -> OrphanIdentities.class;
            case SEARCH_EXPORT -> SearchExport.class;
            case UNCORRELATED_ACCOUNTS -> UncorrelatedAccounts.class;
        };
    }

    /** accounts-export-report-arguments: application and sourceName required. */
    record AccountsExport(String application, String sourceName) implements ReportArguments {
        public ReportType reportType() {
            return ReportType.ACCOUNTS;
        }
    }

    /** identities-details-report-arguments: correlatedOnly required. */
    record IdentitiesDetails(Boolean correlatedOnly) implements ReportArguments {
        public ReportType reportType() {
            return ReportType.IDENTITIES_DETAILS;
        }
    }

    /** identities-report-arguments: nothing required. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Identities(Boolean correlatedOnly) implements ReportArguments {
        public ReportType reportType() {
            return ReportType.IDENTITIES;
        }
    }

    /** identity-profile-identity-error-report-arguments: authoritativeSource required. */
    record IdentityProfileIdentityError(String authoritativeSource) implements ReportArguments {
        public ReportType reportType() {
            return ReportType.IDENTITY_PROFILE_IDENTITY_ERROR;
        }
    }

    /** orphan-identities-report-arguments: nothing required; selectedFormats defaults to CSV and PDF. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OrphanIdentities(List<FileFormat> selectedFormats) implements ReportArguments {
        public ReportType reportType() {
            return ReportType.ORPHAN_IDENTITIES;
        }
    }

    /** search-export-report-arguments: query required. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SearchExport(List<Index> indices, String query, String columns, List<String> sort)
            implements ReportArguments {
        public ReportType reportType() {
            return ReportType.SEARCH_EXPORT;
        }
    }

    /** uncorrelated-accounts-report-arguments: nothing required; selectedFormats defaults to CSV and PDF. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UncorrelatedAccounts(List<FileFormat> selectedFormats) implements ReportArguments {
        public ReportType reportType() {
            return ReportType.UNCORRELATED_ACCOUNTS;
        }
    }
}
