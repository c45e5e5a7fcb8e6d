package io.rdesuite.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A JSON body reduced to its shape: field names (only those of the API's models: anything else is counted as
 * "(undocumented)"), JSON types, values of the enum-like fields, array lengths; ids through the placeholders.
 * No other value leaves the body.
 */
final class Shapes {

    static final String UNDOCUMENTED = "(undocumented)";
    /** Fields whose values are a closed vocabulary (statuses, types, formats, detail codes). */
    private static final Set<String> ENUM_FIELDS = Set.of("status", "reportType", "type", "availableFormats",
            "selectedFormats", "completionStatus", "format", "localeOrigin", "locale", "detailCode", "fileFormat");
    private static final Set<String> ID_FIELDS = Set.of("id", "taskResultId", "taskId");
    private static final Pattern ENUM_VALUE = Pattern.compile("[A-Za-z0-9_.\\- ]{1,40}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> FIELDS = modelFields();

    private Shapes() {
    }

    /** The shape with every id placeholder as "id": shapes of two runs compare equal whatever the ids' order. */
    static JsonNode withoutIds(JsonNode shape) {
        JsonNode copy = shape.deepCopy();
        mask(copy);
        return copy;
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual() && e.getValue().asText().matches("id-\\d+")) {
                    e.setValue(NODES.textNode("id"));
                } else {
                    mask(e.getValue());
                }
            });
        } else if (node instanceof ArrayNode a) {
            a.forEach(Shapes::mask);
        }
    }

    /** The shape of {@code body}; {@code ids} turns an id value into its placeholder. */
    static JsonNode of(JsonNode body, UnaryOperator<String> ids) {
        return shape(null, body, ids);
    }

    private static JsonNode shape(String field, JsonNode node, UnaryOperator<String> ids) {
        if (node.isObject()) {
            ObjectNode out = NODES.objectNode();
            int undocumented = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (FIELDS.contains(e.getKey())) {
                    out.set(e.getKey(), shape(e.getKey(), e.getValue(), ids));
                } else {
                    undocumented++;
                }
            }
            if (undocumented > 0) {
                out.put(UNDOCUMENTED, undocumented);
            }
            return out;
        }
        if (node.isArray()) {
            ObjectNode out = NODES.objectNode().put("array", node.size());
            ArrayNode items = out.putArray("items");
            Set<JsonNode> seen = new HashSet<>();
            node.forEach(item -> {
                JsonNode s = shape(field, item, ids);
                if (seen.add(s)) {
                    items.add(s);
                }
            });
            return out;
        }
        if (node.isTextual()) {
            return NODES.textNode(text(field, node.asText(), ids));
        }
        if (node.isNull()) {
            return NODES.textNode("null");
        }
        return NODES.textNode(node.isNumber() ? "number" : node.isBoolean() ? "boolean" : "other");
    }

    private static String text(String field, String value, UnaryOperator<String> ids) {
        if (field != null && ID_FIELDS.contains(field)) {
            return ids.apply(value);
        }
        if (field != null && ENUM_FIELDS.contains(field) && ENUM_VALUE.matcher(value).matches()) {
            return "=" + value;
        }
        return "string";
    }

    /** The component names of every record in the API's model package, followed through nested records. */
    private static Set<String> modelFields() {
        Set<String> names = new HashSet<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> c : new Class<?>[] {io.rdesuite.api.model.ReportResults.class,
                io.rdesuite.api.model.TaskResultDetails.class, io.rdesuite.api.model.ErrorResponseDto.class,
                io.rdesuite.api.model.ReportDetails.class, io.rdesuite.api.model.JwtErrorBody.class,
                io.rdesuite.api.model.RateLimitBody.class}) {
            collect(c, names, seen);
        }
        names.addAll(ID_FIELDS);
        names.add("trackingId");
        return Set.copyOf(names);
    }

    private static void collect(Type type, Set<String> names, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                collect(arg, names, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || !c.isRecord() || !seen.add(c)) {
            return;
        }
        for (RecordComponent rc : c.getRecordComponents()) {
            names.add(rc.getName());
            collect(rc.getGenericType(), names, seen);
        }
    }
}
