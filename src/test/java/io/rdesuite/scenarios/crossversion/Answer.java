package io.rdesuite.scenarios.crossversion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.client.Json;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An answer as two versions are compared on it, with what legitimately differs normalised away: the status, the
 * Content-Type and Content-disposition, and the body (JSON with trackingId left out and the report's id written
 * {id}, so an answer about one id compares with the answer about another; any other body as text). Headers that
 * differ by nature (SLPT-Request-ID, Date, Content-Length) are not compared.
 */
record Answer(int status, String contentType, String contentDisposition, String body) {

    /** The answer {@code response} gave about report {@code id}. */
    static Answer of(Response response, String id) {
        String type = normalisedType(response.contentType());
        String body = response.asString().replace(id, "{id}");
        return new Answer(response.statusCode(), type, response.header("Content-disposition"),
                type.contains("json") ? normalisedJson(body) : body);
    }

    private static String normalisedType(String contentType) {
        return contentType == null ? "" : contentType.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static String normalisedJson(String text) {
        try {
            JsonNode json = Json.mapper().readTree(text.getBytes(StandardCharsets.UTF_8));
            if (json == null || json.isMissingNode()) {
                return text;
            }
            withoutTrackingIds(json);
            return json.toString();
        } catch (IOException notJson) {
            return text;
        }
    }

    private static void withoutTrackingIds(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("trackingId");
        }
        node.forEach(Answer::withoutTrackingIds);
    }

    @Override
    public String toString() {
        String shown = body.length() > 300 ? body.substring(0, 300) + "..." : body;
        return status + " " + contentType + (contentDisposition == null ? "" : " [" + contentDisposition + "]")
                + " " + shown;
    }
}
