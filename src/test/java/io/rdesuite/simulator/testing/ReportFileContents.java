package io.rdesuite.simulator.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads the simulator's report files as served: CSV lines, PDF text, the CSV files of a zip. */
public final class ReportFileContents {

    private ReportFileContents() {
    }

    /** The lines of a CSV whose every line ends in CRLF (as the simulator writes them), header first. */
    public static List<String> csvLines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        if (!text.endsWith("\r\n")) {
            throw new IllegalArgumentException("the CSV does not end in CRLF: " + text);
        }
        return Arrays.asList(text.substring(0, text.length() - 2).split("\r\n", -1));
    }

    public static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Each entry's name and CSV lines. */
    public static Map<String, List<String>> unzip(byte[] zip) throws IOException {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), csvLines(in.readAllBytes()));
            }
        }
        return entries;
    }
}
