package io.rdesuite.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading downloaded report files: CSV lines and cells, PDF text. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** The CSV's records (header first), each split into cells; quoted cells are unquoted. */
    public static List<List<String>> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (!line.isEmpty()) {
                records.add(cells(line));
            }
        }
        return records;
    }

    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** Asserts a CSV has a header of distinct named columns and {@code rows} data rows of the same width. */
    public static List<List<String>> assertCsv(byte[] content, long rows) {
        List<List<String>> records = csv(content);
        assertThat(records).as("CSV records").isNotEmpty();
        List<String> header = records.get(0);
        assertThat(header).as("CSV header").doesNotContain("").doesNotHaveDuplicates();
        assertThat(records.subList(1, records.size())).as("CSV data rows").hasSize(Math.toIntExact(rows))
                .allSatisfy(r -> assertThat(r).as("a data row's width").hasSameSizeAs(header));
        return records;
    }

    /** The text of a PDF; fails when PDFBox cannot parse it. */
    public static String pdfText(byte[] content) {
        assertThat(new String(content, 0, Math.min(5, content.length), StandardCharsets.US_ASCII))
                .as("PDF signature").isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new AssertionError("The PDF does not parse: " + e.getMessage(), e);
        }
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
