package io.rdesuite.explore;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.ReportType;
import io.rdesuite.support.OpenApiDocument;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a version's project copy says of the inputs: each report type's arguments (its {@code *-report-arguments}
 * schema: properties, their types, enums, which are required) and each operation's query parameters. The
 * exploration draws valid arguments and generated inputs from here, never from the simulator's rules.
 */
record ArgumentSchemas(Map<ReportType, List<Property>> arguments, Map<String, List<Property>> queryParameters) {

    /** A property or parameter: its JSON type (string, boolean, array), the enum of its values or items, if required. */
    record Property(String name, String type, List<String> allowed, boolean required, String example) {
    }

    static ArgumentSchemas of(ApiVersion version) {
        return of(OpenApiDocument.read(OpenApiDocument.projectCopy(version)));
    }

    static ArgumentSchemas of(JsonNode document) {
        JsonNode schemas = document.path("components").path("schemas");
        Map<ReportType, List<Property>> arguments = new EnumMap<>(ReportType.class);
        schemas.fields().forEachRemaining(e -> {
            if (!e.getKey().endsWith("-report-arguments")) {
                return;
            }
            JsonNode schema = e.getValue();
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(n -> required.add(n.asText()));
            List<Property> properties = new ArrayList<>();
            schema.path("properties").fields().forEachRemaining(p -> properties.add(property(schemas, p.getKey(),
                    p.getValue(), required.contains(p.getKey()))));
            arguments.put(ReportType.valueOf(schema.path("title").asText()), List.copyOf(properties));
        });
        Map<String, List<Property>> query = new LinkedHashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            List<Property> parameters = new ArrayList<>();
            op.getValue().path("parameters").forEach(p -> {
                JsonNode parameter = resolve(document, p);
                if ("query".equals(parameter.path("in").asText())) {
                    parameters.add(property(schemas, parameter.path("name").asText(), parameter.path("schema"),
                            parameter.path("required").asBoolean(false)));
                }
            });
            if (op.getValue().has("operationId")) {
                query.put(op.getValue().path("operationId").asText(), List.copyOf(parameters));
            }
        }));
        return new ArgumentSchemas(arguments, query);
    }

    List<Property> arguments(ReportType type) {
        return arguments.getOrDefault(type, List.of());
    }

    Optional<Property> queryParameter(String operationId, String name) {
        return queryParameters.getOrDefault(operationId, List.of()).stream().filter(p -> p.name().equals(name))
                .findFirst();
    }

    private static Property property(JsonNode schemas, String name, JsonNode schema, boolean required) {
        JsonNode items = schema.has("items") ? ref(schemas, schema.get("items")) : null;
        JsonNode resolved = ref(schemas, schema);
        List<String> allowed = new ArrayList<>();
        (items != null ? items : resolved).path("enum").forEach(v -> {
            if (!v.isNull()) {
                allowed.add(v.asText());
            }
        });
        JsonNode example = resolved.path("example");
        return new Property(name, resolved.path("type").asText("string"), List.copyOf(allowed), required,
                example.isMissingNode() ? null : example.isArray() && !example.isEmpty() ? example.get(0).asText()
                        : example.asText());
    }

    private static JsonNode ref(JsonNode schemas, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/") ? schemas.path(ref.substring("#/components/schemas/".length()))
                : schema;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode at = document;
        for (String part : ref.substring(2).split("/")) {
            at = at.path(part);
        }
        return at;
    }
}
