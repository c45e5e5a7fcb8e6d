package io.rdesuite.contract.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.support.OpenApiDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The names by which the versions of the document differ, and the moves between them, all through
 * {@link ApiVersion}: where the operations live (the version's base path, split between the server URL and the
 * path keys), what their operationIds are called (v1's end in V1), and what the component schemas are called (v1's
 * in lower case). A move renames those and nothing else, so that two versions' documents can be compared as one.
 */
public final class VersionNames {

    static final String SCHEMA_REF = "#/components/schemas/";
    /** The fields whose value is an operationId of the document. */
    private static final Set<String> OPERATION_ID_FIELDS = Set.of("operationId", "x-sailpoint-resource-operation-id");

    private VersionNames() {
    }

    /** The version whose path family the document's operations are in (server base path + first path), if any. */
    public static Optional<ApiVersion> versionOf(JsonNode document) {
        String base = OpenApiDocument.serverBasePath(document);
        for (var paths = document.path("paths").fieldNames(); paths.hasNext(); ) {
            Optional<ApiVersion> version = ApiVersion.ofPath(base + paths.next());
            if (version.isPresent()) {
                return version;
            }
        }
        return Optional.empty();
    }

    /**
     * A copy of {@code document} (of version {@code from}) in the names of version {@code to}: its paths moved
     * ({@link #movedPaths}), its operationIds (also in x-sailpoint-resource-operation-id) renamed through
     * {@link ApiVersion#operation} and {@link ApiVersion#operationId}, its component schemas renamed by
     * {@code schemaName}, in their keys and in every $ref.
     */
    public static ObjectNode renamed(JsonNode document, ApiVersion from, ApiVersion to, String serverBasePath,
                                     UnaryOperator<String> schemaName) {
        ObjectNode copy = movedPaths(document, from, to, serverBasePath);
        if (copy.path("components").get("schemas") instanceof ObjectNode schemas) {
            ObjectNode renamedSchemas = ((ObjectNode) copy.get("components")).putObject("schemas");
            schemas.fields().forEachRemaining(e -> renamedSchemas.set(schemaName.apply(e.getKey()), e.getValue()));
        }
        rename(copy, from, to, schemaName);
        return copy;
    }

    /**
     * A copy of {@code document} (of version {@code from}) with every path moved from {@code from}'s base path to
     * {@code to}'s, written relative to {@code serverBasePath} (the base path of the server URL the result is read
     * against; empty for full paths), and nothing else renamed. The servers are left out: the paths say where the
     * operations are.
     */
    public static ObjectNode movedPaths(JsonNode document, ApiVersion from, ApiVersion to, String serverBasePath) {
        ObjectNode copy = document.deepCopy();
        String documentBase = OpenApiDocument.serverBasePath(document);
        copy.remove("servers");
        if (copy.get("paths") instanceof ObjectNode paths) {
            ObjectNode moved = copy.putObject("paths");
            paths.fields().forEachRemaining(e -> moved.set(movedPath(documentBase + e.getKey(), from, to,
                    serverBasePath), e.getValue()));
        }
        return copy;
    }

    /**
     * Renames schemas case-insensitively to the spelling {@code names} uses (v1's errorresponsedto to v3's
     * ErrorResponseDto); a name {@code names} does not have stays as it is.
     */
    public static UnaryOperator<String> schemaNamesOf(JsonNode names) {
        Map<String, String> byLowerCase = new HashMap<>();
        names.path("components").path("schemas").fieldNames()
                .forEachRemaining(n -> byLowerCase.put(n.toLowerCase(Locale.ROOT), n));
        return name -> byLowerCase.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }

    /** v1's rule for schema names, applied to another version's: lower case. */
    public static String lowerCase(String schemaName) {
        return schemaName.toLowerCase(Locale.ROOT);
    }

    private static String movedPath(String fullPath, ApiVersion from, ApiVersion to, String serverBasePath) {
        String moved = fullPath.startsWith(from.basePath())
                ? to.basePath() + fullPath.substring(from.basePath().length()) : fullPath;
        return !serverBasePath.isEmpty() && moved.startsWith(serverBasePath + "/")
                ? moved.substring(serverBasePath.length()) : moved;
    }

    private static void rename(JsonNode node, ApiVersion from, ApiVersion to, UnaryOperator<String> schemaName) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (OPERATION_ID_FIELDS.contains(name) && value.isTextual()) {
                    object.put(name, from.operation(value.asText()).map(to::operationId).orElse(value.asText()));
                } else if (name.equals("$ref") && value.asText().startsWith(SCHEMA_REF)) {
                    object.put(name, SCHEMA_REF + schemaName.apply(value.asText().substring(SCHEMA_REF.length())));
                } else {
                    rename(value, from, to, schemaName);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rename(child, from, to, schemaName));
        }
    }
}
