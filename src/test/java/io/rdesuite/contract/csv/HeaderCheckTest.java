package io.rdesuite.contract.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.ReportType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderCheckTest {

    private static final List<String> PIN = List.of("Account ID", "Account Name", "Created");

    @Test
    void theSameHeader_passesWithNoAddition() {
        HeaderCheck.Verdict verdict = HeaderCheck.check("ACCOUNTS", PIN, PIN);

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.added()).isEmpty();
    }

    @Test
    void aRenamedColumn_failsNamingTheColumnAndTheReportType() {
        HeaderCheck.Verdict verdict = HeaderCheck.check("ACCOUNTS", PIN, List.of("Account ID", "account_name", "Created"));

        assertThat(verdict.violations()).containsExactly(
                "ACCOUNTS CSV: column 'Account Name' (column 2) is renamed to 'account_name'");
        assertThat(verdict.added()).isEmpty();
    }

    @Test
    void aDroppedColumn_fails() {
        HeaderCheck.Verdict verdict = HeaderCheck.check("ACCOUNTS", PIN, List.of("Account ID", "Account Name"));

        assertThat(verdict.violations()).containsExactly("ACCOUNTS CSV: column 'Created' (column 3) is dropped");
    }

    @Test
    void reorderedColumns_fail() {
        HeaderCheck.Verdict verdict = HeaderCheck.check("ACCOUNTS", PIN, List.of("Account Name", "Account ID", "Created"));

        assertThat(verdict.violations()).singleElement().asString()
                .startsWith("ACCOUNTS CSV: columns reordered: 'Account Name' comes where the pin has 'Account ID'");
    }

    @Test
    void addedColumns_anywhere_passAsAdditions() {
        HeaderCheck.Verdict verdict = HeaderCheck.check("ACCOUNTS", PIN,
                List.of("Account ID", "Owner", "Account Name", "Created", "Region"));

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.added()).containsExactly("Owner", "Region");
    }

    @Test
    void pinnedAgainstServed_zipFilesMissingOrAdded() {
        CsvPins pins = CsvPins.of(Map.of("SEARCH_EXPORT/identities.csv", List.of("id"),
                "SEARCH_EXPORT/roles.csv", List.of("id")), CsvPins.SIMULATOR);

        PinnedCsv.Outcome outcome = PinnedCsv.compare(pins, ReportType.SEARCH_EXPORT, Map.of(
                "SEARCH_EXPORT/identities.csv", List.of("id", "name"), "SEARCH_EXPORT/access.csv", List.of("id")));

        assertThat(outcome.violations()).containsExactly("SEARCH_EXPORT/roles.csv CSV: the pinned file is not served");
        assertThat(outcome.addedColumns()).containsExactly("'name' in SEARCH_EXPORT/identities.csv");
        assertThat(outcome.addedFiles()).containsExactly("SEARCH_EXPORT/access.csv");
    }
}
