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

/** A downloaded report: the bytes and the two headers that describe them. */
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

    /** The content as UTF-8 text lines, without a byte-order mark and without a final empty line. */
    public List<String> csvLines() {
        if (isZip()) {
            throw new IllegalStateException("The report is a zip archive: read zipEntries() instead");
        }
        String text = new String(content, UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = List.of(text.split("\r?\n", -1));
        return lines.get(lines.size() - 1).isEmpty() ? lines.subList(0, lines.size() - 1) : lines;
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
