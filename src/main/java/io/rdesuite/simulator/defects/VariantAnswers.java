package io.rdesuite.simulator.defects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.rdesuite.api.Operation;
import io.rdesuite.simulator.Ids;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import io.rdesuite.simulator.http.SimJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The benign variants' rewrites of answers. They touch the API's answers only (the four operations and the token
 * endpoint), never the control API's, and change nothing the document promises.
 */
final class VariantAnswers {

    static final String EXTRA_FIELD = "addedByANewerVersion";
    static final String JSON_CHARSET_SPELLING = "application/json; charset=UTF-8";
    static final ZoneOffset OFFSET = ZoneOffset.ofHours(2);
    static final long SLOW_ANSWER_MILLIS = 20;

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final String TOKEN_PATH = "/oauth/token";

    private VariantAnswers() {
    }

    /** EXTRA_FIELD: one more field in every object of a JSON answer. */
    static void extraField(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        eachObject(operation, request, response, object -> object.put(EXTRA_FIELD, "ignore me"));
    }

    /** REORDERED_KEYS: every object's keys in reverse order. */
    static void reorderedKeys(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        eachObject(operation, request, response, object -> {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            object.fields().forEachRemaining(fields::add);
            object.removeAll();
            for (int i = fields.size() - 1; i >= 0; i--) {
                object.set(fields.get(i).getKey(), fields.get(i).getValue());
            }
        });
    }

    /** OFFSET_DATE_TIMES: "...Z" date-times as the same instant at +02:00. */
    static void offsetDateTimes(DefectContext context, Operation operation, ApiRequest request,
                                ApiResponse response) {
        eachObject(operation, request, response, object -> {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isTextual() && INSTANT.matcher(field.getValue().asText()).matches()) {
                    field.setValue(TextNode.valueOf(Instant.parse(field.getValue().asText()).atOffset(OFFSET)
                            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
                }
            }
        });
    }

    /** TRACKING_ID_IS_REQUEST_ID: an error body's trackingId is also the answer's SLPT-Request-ID. */
    static void trackingIdIsRequestId(DefectContext context, Operation operation, ApiRequest request,
                                      ApiResponse response) {
        ObjectNode body = isApi(operation, request) && response.status() >= 400 ? response.jsonObject() : null;
        if (body != null && body.path("trackingId").isTextual()) {
            String id = Ids.hex32();
            body.put("trackingId", id);
            response.header("SLPT-Request-ID", id);
        }
    }

    /** EXTRA_ERROR_MESSAGE: a second entry in an ErrorResponseDto's messages, in another locale. */
    static void extraErrorMessage(DefectContext context, Operation operation, ApiRequest request,
                                  ApiResponse response) {
        ObjectNode body = isApi(operation, request) && response.status() >= 400 ? response.jsonObject() : null;
        if (body != null && body.path("messages") instanceof ArrayNode messages && body.has("detailCode")) {
            messages.addObject().put("locale", "de-DE").put("localeOrigin", "REQUEST")
                    .put("text", "Die Anfrage konnte nicht bearbeitet werden.");
        }
    }

    /** PRETTY_JSON: JSON bodies indented over several lines. */
    static void prettyJson(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        if (!isApi(operation, request) || !response.isJson() || response.body().length == 0) {
            return;
        }
        try {
            JsonNode tree = SimJson.read(response.body());
            response.body(SimJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree));
        } catch (IOException notJson) {
            // a body that is not JSON stays as it is
        }
    }

    /** JSON_CHARSET_SPELLING: another spelling of the same media type and charset. */
    static void jsonCharsetSpelling(DefectContext context, Operation operation, ApiRequest request,
                                    ApiResponse response) {
        if (isApi(operation, request) && response.isJson()) {
            response.contentType(JSON_CHARSET_SPELLING);
        }
    }

    /** MEDIA_TYPE_CASE: a report file's media type in mixed case with a charset (text) or quality parameter. */
    static void mediaTypeCase(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        String type = response.contentType();
        if (isApi(operation, request) && operation == Operation.GET_REPORT && response.status() == 200 && type != null) {
            int slash = type.indexOf('/');
            String spelled = slash < 0 ? type : Character.toUpperCase(type.charAt(0)) + type.substring(1, slash + 1)
                    + type.substring(slash + 1).toUpperCase(Locale.ROOT);
            response.contentType(spelled + (type.contains(";") ? "" : type.contains("csv")
                    ? "; charset=UTF-8" : "; q=1"));
        }
    }

    /** HEADER_NAME_CASE: the headers the answer sets itself, named in lower case. */
    static void headerNameCase(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        if (!isApi(operation, request)) {
            return;
        }
        for (String name : List.copyOf(response.headers().keySet())) {
            String value = response.headers().get(name);
            if (value != null && !name.equals(name.toLowerCase(Locale.ROOT))) {
                response.headers().remove(name);
                response.header(name.toLowerCase(Locale.ROOT), value);
            }
        }
    }

    /** EXTRA_HEADERS: a tracing header and two ordinary caching headers. */
    static void extraHeaders(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        if (isApi(operation, request)) {
            response.header("X-Request-Trace", Ids.hex32()).header("Vary", "Accept-Encoding")
                    .header("Cache-Control", "no-store");
        }
    }

    /** LONGER_RETRY_AFTER: one second more than the wait. */
    static void longerRetryAfter(DefectContext context, Operation operation, ApiRequest request,
                                 ApiResponse response) {
        String seconds = response.status() == 429 ? response.header("Retry-After") : null;
        if (seconds != null && seconds.chars().allMatch(Character::isDigit)) {
            response.header("Retry-After", Long.toString(Long.parseLong(seconds) + 1));
        }
    }

    /** SLOW_ANSWERS: every answer of the API held back a little longer. */
    static void slowAnswers(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        if (isApi(operation, request)) {
            response.delay(response.delayMillis() + SLOW_ANSWER_MILLIS);
        }
    }

    /** GZIP_WHEN_ASKED: the body gzip-encoded when the request accepts gzip (last: it sees the final bytes). */
    static void gzipWhenAsked(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        if (!isApi(operation, request) || !acceptsGzip(request.header("Accept-Encoding"))
                || response.body().length == 0) {
            return;
        }
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        response.body(zipped.toByteArray()).header("Content-Encoding", "gzip").header("Vary", "Accept-Encoding");
    }

    /** True when the header names gzip (or x-gzip, or *) without q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].trim();
            boolean refused = parts.length > 1 && parts[1].trim().matches("q=0(\\.0*)?");
            if ((name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) && !refused) {
                return true;
            }
        }
        return false;
    }

    /** The API's answers: the four operations and the token endpoint; not the control API. */
    private static boolean isApi(Operation operation, ApiRequest request) {
        return operation != null || TOKEN_PATH.equals(request.path());
    }

    /** Applies {@code change} to every object of a JSON object answer of the API, outermost first. */
    private static void eachObject(Operation operation, ApiRequest request, ApiResponse response,
                                   Consumer<ObjectNode> change) {
        ObjectNode body = isApi(operation, request) ? response.jsonObject() : null;
        if (body != null) {
            walk(body, change);
        }
    }

    private static void walk(JsonNode node, Consumer<ObjectNode> change) {
        if (node instanceof ObjectNode object) {
            change.accept(object);
        }
        for (JsonNode child : node) {
            walk(child, change);
        }
    }
}
