package io.rdesuite.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.ReportType;
import io.rdesuite.client.ReportFile;
import io.rdesuite.contract.csv.PinnedCsv;
import io.rdesuite.support.TargetApi;
import java.util.List;
import java.util.Map;

/** What the scenarios ask of a downloaded report file; the client's {@link ReportFile} reads it. */
public final class ReportFileChecks {

    private ReportFileChecks() {
    }

    /**
     * Checks a CSV of a {@code type} report has a header of distinct named columns, as pinned in
     * contracts/csv-headers.json ({@link PinnedCsv}: a renamed, dropped or reordered column fails, an added one is
     * drift), and exactly {@code rows} data rows as wide as the header; returns its records, header first.
     */
    public static List<List<String>> assertCsv(ReportType type, ReportFile file, long rows) {
        List<List<String>> records = file.csvRecords();
        assertThat(records).as("CSV records").isNotEmpty();
        List<String> header = records.get(0);
        assertThat(header).as("CSV header").doesNotContain("").doesNotHaveDuplicates();
        assertMatchesPin(type, file);
        assertThat(records.subList(1, records.size())).as("CSV data rows").hasSize(Math.toIntExact(rows))
                .allSatisfy(r -> assertThat(r).as("a data row's width").hasSameSizeAs(header));
        return records;
    }

    /**
     * Checks the header of every CSV file of a {@code type} report (each file of a SEARCH_EXPORT zip) against its
     * pin, as {@link #assertCsv} does; returns the files' records by name.
     */
    public static Map<String, List<List<String>>> assertCsvFiles(ReportType type, ReportFile file) {
        assertMatchesPin(type, file);
        return file.csvFiles();
    }

    /** Checks a PDF starts with its signature and parses; returns its text. */
    public static String assertPdf(ReportFile file) {
        assertThat(file.isPdf()).as("PDF signature in %s", file).isTrue();
        return file.pdfText();
    }

    private static void assertMatchesPin(ReportType type, ReportFile file) {
        PinnedCsv.assertMatchesPin(TargetApi.current().client().version(), type, file);
    }
}
