package io.rdesuite.simulator.testing;

import io.rdesuite.client.ReportFile;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulator's report files as served, read through the client's one reader ({@link ReportFile}): CSV records
 * as comma-joined lines, PDF text, the CSV files of a zip. Adds the one wire-format check of the simulator's own:
 * every CSV line ends in CRLF.
 */
public final class ReportFileContents {

    private ReportFileContents() {
    }

    /** The records of a CSV whose every line ends in CRLF (as the simulator writes them), header first. */
    public static List<String> csvLines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        if (!text.endsWith("\r\n") || text.replace("\r\n", "").contains("\n")) {
            throw new IllegalArgumentException("the CSV's lines do not all end in CRLF: " + text);
        }
        return joined(new ReportFile(csv, null, null).csvRecords());
    }

    public static String pdfText(byte[] pdf) {
        return new ReportFile(pdf, "application/pdf", null).pdfText();
    }

    /** Each CSV entry's name and records. */
    public static Map<String, List<String>> unzip(byte[] zip) {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        new ReportFile(zip, "application/zip", null).csvFiles().forEach((name, records) -> entries.put(name, joined(records)));
        return entries;
    }

    private static List<String> joined(List<List<String>> records) {
        return records.stream().map(record -> String.join(",", record)).toList();
    }
}
