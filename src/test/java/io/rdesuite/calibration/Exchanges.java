package io.rdesuite.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.rdesuite.api.RetryAfter;
import io.rdesuite.client.ReportFile;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import java.net.URI;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** What of a request or an answer may be recorded: the headers the suite checks, body shapes, CSV headers. */
final class Exchanges {

    /** A column name outside the allow-list, as the recording holds it. */
    static final String MASKED_COLUMN = "(column)";
    private static final Pattern COLUMN = Pattern.compile("[A-Za-z0-9 _.()/#:\\-]{1,60}");
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_.\\-]{1,60}");
    private static final Pattern FILENAME = Pattern.compile("(filename\\*?=\"?)[^\";.]*(\\.[A-Za-z0-9]{1,5})?");

    private Exchanges() {
    }

    /** One exchange as sent and answered, whichever client sent it. */
    record Exchange(String method, URI uri, String authorization, Object requestBody, int status,
                    UnaryOperator<String> header, byte[] body, long elapsedMs) {

        static Exchange of(FilterableRequestSpecification request, Response response, long elapsedMs) {
            return new Exchange(request.getMethod(), URI.create(request.getURI()),
                    request.getHeaders().getValue("Authorization"), request.getBody(), response.getStatusCode(),
                    response::getHeader, response.asByteArray(), elapsedMs);
        }

        String contentType() {
            return String.valueOf(header.apply("Content-Type")).toLowerCase();
        }
    }

    /** Content-Type, Content-disposition (the file name's stem as {@code <name>}), Retry-After, SLPT-Request-ID. */
    static Map<String, String> headers(Exchange response) {
        Map<String, String> h = new LinkedHashMap<>();
        String type = response.header().apply("Content-Type");
        h.put("Content-Type", type == null ? "absent" : type.toLowerCase().replace(" ", ""));
        String disposition = response.header().apply("Content-disposition");
        h.put("Content-disposition", disposition == null ? "absent"
                : FILENAME.matcher(disposition.replace(" ", "")).replaceAll("$1<name>$2"));
        String retryAfter = response.header().apply("Retry-After");
        h.put("Retry-After", retryAfter == null ? "absent" : RetryAfter.parse(retryAfter, Instant.now())
                .map(d -> retryAfter.trim().matches("\\d+") ? String.valueOf(d.toSeconds()) : "date")
                .orElse("unreadable"));
        h.put("SLPT-Request-ID", response.header().apply("SLPT-Request-ID") == null ? "absent" : "present");
        return h;
    }

    /** The answer's body shape: JSON as {@link Shapes}, otherwise "empty", "csv", "pdf", "zip" or "other". */
    static JsonNode bodyShape(Exchange response, UnaryOperator<String> ids) {
        byte[] body = response.body();
        if (body.length == 0) {
            return TextNode.valueOf("empty");
        }
        String type = response.contentType();
        if (type.contains("json")) {
            return json(body, ids);
        }
        return TextNode.valueOf(type.contains("csv") ? "csv" : type.contains("pdf") ? "pdf" : type.contains("zip")
                ? "zip" : "other");
    }

    /** The request body's shape (startReport's), or null without one. */
    static JsonNode requestShape(Object body, UnaryOperator<String> ids) {
        if (body == null) {
            return null;
        }
        byte[] bytes = body instanceof byte[] b ? b : String.valueOf(body).getBytes(StandardCharsets.UTF_8);
        return json(bytes, ids);
    }

    private static JsonNode json(byte[] body, UnaryOperator<String> ids) {
        try {
            return Shapes.of(Recording.MAPPER.readTree(body), ids);
        } catch (IOException e) {
            return TextNode.valueOf("unparsable");
        }
    }

    /** Column names of a CSV answer ("" for the file itself) or of each CSV of a zip (by entry name). */
    static Map<String, List<String>> csvHeaders(Exchange response) {
        String type = response.contentType();
        if (response.status() != 200 || !(type.contains("csv") || type.contains("zip"))) {
            return Map.of();
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        try {
            ReportFile file = new ReportFile(response.body(), response.header().apply("Content-Type"),
                    response.header().apply("Content-disposition"));
            if (file.isZip()) {
                file.csvFiles().forEach((name, records) -> out.put(FILE.matcher(name).matches() ? name : "(file)",
                        header(records)));
            } else {
                out.put("", header(file.csvRecords()));
            }
        } catch (RuntimeException unreadable) {
            return Map.of();
        }
        return out;
    }

    private static List<String> header(List<List<String>> records) {
        return records.isEmpty() ? List.of() : records.get(0).stream()
                .map(c -> COLUMN.matcher(c).matches() ? c : MASKED_COLUMN).toList();
    }
}
