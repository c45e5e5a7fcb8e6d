package io.rdesuite.client;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A downloaded report: the bytes and the two headers that describe them, and the one reader of their content
 * (CSV records, zip entries, PDF text) that the scenarios and contracts use.
 */
public record ReportFile(byte[] content, String contentType, String contentDisposition) {

    private static final Pattern EXTENDED_FILENAME =
            Pattern.compile("filename\\*\\s*=\\s*([^']*)'[^']*'([^;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME =
            Pattern.compile("(?<![*\\w])filename\\s*=\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[^;]*)", Pattern.CASE_INSENSITIVE);

    public ReportFile {
        Objects.requireNonNull(content, "content");
    }

    /**
     * The file name from Content-Disposition, or null when there is none. Reads the RFC 6266 forms
     * ({@code filename="x.csv"}, {@code filename=x.csv}, {@code filename*=UTF-8''x.csv}) and the form published in
     * the API document, whose quotes arrive escaped: {@code filename=\"x\"}.
     */
    public String fileName() {
        if (contentDisposition == null) {
            return null;
        }
        Matcher extended = EXTENDED_FILENAME.matcher(contentDisposition);
        if (extended.find()) {
            String charset = extended.group(1).isBlank() ? "UTF-8" : extended.group(1).trim();
            try {
                return URLDecoder.decode(extended.group(2).trim().replace("+", "%2B"), charset);
            } catch (Exception unsupportedCharset) {
                return extended.group(2).trim();
            }
        }
        Matcher plain = FILENAME.matcher(contentDisposition);
        if (!plain.find()) {
            return null;
        }
        String name = plain.group(1).trim();
        if (name.startsWith("\\\"") && name.endsWith("\\\"") && name.length() >= 4) {
            name = name.substring(2, name.length() - 2);
        } else if (name.startsWith("\"") && name.endsWith("\"") && name.length() >= 2) {
            name = name.substring(1, name.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return name.isEmpty() ? null : name;
    }

    /** True for a zip archive (SEARCH_EXPORT), by content type or by its magic bytes. */
    public boolean isZip() {
        boolean zipType = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/zip");
        boolean zipMagic = content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3
                && content[3] == 4;
        return zipType || zipMagic;
    }

    public boolean isPdf() {
        return content.length >= 5 && new String(content, 0, 5, UTF_8).equals("%PDF-");
    }

    /**
     * The CSV's records, header first, read as RFC 4180 (quoted cells unquoted, a line break inside quotes kept);
     * a byte-order mark and empty lines are left out.
     *
     * @throws IllegalStateException for a zip archive: read {@link #csvFiles()} instead
     */
    public List<List<String>> csvRecords() {
        if (isZip()) {
            throw new IllegalStateException("The report is a zip archive: read csvFiles() instead");
        }
        return csv(content);
    }

    /**
     * Every CSV file of the report by name, each as {@link #csvRecords()} reads it: the entries of a zip archive
     * (SEARCH_EXPORT) whose names end in .csv, or else the one file under its {@link #fileName()}.
     */
    public Map<String, List<List<String>>> csvFiles() {
        Map<String, List<List<String>>> files = new LinkedHashMap<>();
        if (isZip()) {
            zipEntries().forEach((name, bytes) -> {
                if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    files.put(name, csv(bytes));
                }
            });
        } else {
            files.put(Objects.requireNonNullElse(fileName(), "report.csv"), csvRecords());
        }
        return files;
    }

    /**
     * The text of a PDF, as PDFBox extracts it.
     *
     * @throws ClientException when the content is not a PDF PDFBox can read
     */
    public String pdfText() {
        try (PDDocument document = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new ClientException("The PDF does not parse: " + e.getMessage(), e);
        }
    }

    /** The entries of a zip archive by name, in archive order. */
    public Map<String, byte[]> zipEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable zip archive", e);
        }
        return entries;
    }

    private static List<List<String>> csv(byte[] bytes) {
        String text = new String(bytes, UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
            return parser.stream().map(CSVRecord::toList).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ClientException("Not a readable CSV file: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportFile that && Arrays.equals(content, that.content)
                && Objects.equals(contentType, that.contentType)
                && Objects.equals(contentDisposition, that.contentDisposition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(content), contentType, contentDisposition);
    }

    @Override
    public String toString() {
        return "ReportFile[" + content.length + " bytes, contentType=" + contentType + ", contentDisposition="
                + contentDisposition + "]";
    }
}
