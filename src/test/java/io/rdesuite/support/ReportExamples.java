package io.rdesuite.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.client.Json;
import io.rdesuite.api.model.ReportDetails;
import io.rdesuite.api.ReportType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Report requests taken from the OpenAPI copy itself: each report type's example body
 * (components.examples.*-report-details) and the arguments its *-report-arguments schema requires.
 */
public final class ReportExamples {

    private static final JsonNode DOCUMENT = OpenApiDocument.read(OpenApiDocument.projectCopy());

    private ReportExamples() {
    }

    /** The document's example startReport body for {@code type}. */
    public static ObjectNode body(ReportType type) {
        JsonNode examples = DOCUMENT.path("components").path("examples");
        for (Iterator<JsonNode> it = examples.elements(); it.hasNext(); ) {
            JsonNode value = it.next().path("value");
            if (value.path("reportType").asText().equals(type.name()) && value.has("arguments")
                    && !value.has("id")) {
                return value.deepCopy();
            }
        }
        throw new IllegalStateException("The OpenAPI copy has no example request for " + type);
    }

    public static String json(ReportType type) {
        return body(type).toString();
    }

    public static ReportDetails details(ReportType type) {
        try {
            return Json.mapper().treeToValue(body(type), ReportDetails.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Report type -> arguments its schema requires (types requiring none are left out). */
    public static Map<ReportType, List<String>> requiredArguments() {
        Map<ReportType, List<String>> required = new LinkedHashMap<>();
        DOCUMENT.path("components").path("schemas").fields().forEachRemaining(e -> {
            if (e.getKey().endsWith("-report-arguments") && e.getValue().has("required")) {
                List<String> names = new ArrayList<>();
                e.getValue().get("required").forEach(n -> names.add(n.asText()));
                required.put(ReportType.valueOf(e.getValue().path("title").asText()), names);
            }
        });
        return required;
    }

    /** The example body of {@code type} without the argument {@code field}. */
    public static String without(ReportType type, String field) {
        ObjectNode body = body(type);
        ((ObjectNode) body.get("arguments")).remove(field);
        return body.toString();
    }
}
