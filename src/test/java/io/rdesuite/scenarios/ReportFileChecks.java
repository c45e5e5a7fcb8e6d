package io.rdesuite.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.client.ReportFile;
import java.util.List;

/** What the scenarios ask of a downloaded report file; the client's {@link ReportFile} reads it. */
public final class ReportFileChecks {

    private ReportFileChecks() {
    }

    /**
     * Checks a CSV has a header of distinct named columns and exactly {@code rows} data rows as wide as the header;
     * returns its records, header first.
     */
    public static List<List<String>> assertCsv(ReportFile file, long rows) {
        List<List<String>> records = file.csvRecords();
        assertThat(records).as("CSV records").isNotEmpty();
        List<String> header = records.get(0);
        assertThat(header).as("CSV header").doesNotContain("").doesNotHaveDuplicates();
        assertThat(records.subList(1, records.size())).as("CSV data rows").hasSize(Math.toIntExact(rows))
                .allSatisfy(r -> assertThat(r).as("a data row's width").hasSameSizeAs(header));
        return records;
    }

    /** Checks a PDF starts with its signature and parses; returns its text. */
    public static String assertPdf(ReportFile file) {
        assertThat(file.isPdf()).as("PDF signature in %s", file).isTrue();
        return file.pdfText();
    }
}
