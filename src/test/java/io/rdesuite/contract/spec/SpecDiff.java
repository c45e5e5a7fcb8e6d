package io.rdesuite.contract.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.verdict.JsonDiff;
import io.rdesuite.support.OpenApiDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed for the four Reports Data Extraction operations between the project's OpenAPI copy and a newer
 * document (a file or an http(s) URL), or between two versions' documents: path and method, parameters, request
 * body, response codes and their content and headers, and the component schemas they reference, transitively.
 * Prose and examples (description, summary, example, examples, externalDocs, tags) and the project's x-deviation
 * markers are left out. Two documents of different versions are compared through the name mapping
 * ({@link VersionNames}): the newer one is read in the base's names (paths, operationIds, schema names), so only
 * what differs beyond the names is reported. Operations are named by their v3 operationId.
 *
 * <p>{@code ./mvnw -q -o exec:java@spec-diff -Dspec=path/or/url/or/version [-Dspec.base=base.yaml/or/version]};
 * a version label (v3, v2026, v1...) names that version's published document as {@code spec}, its project copy
 * as {@code spec.base}.
 */
public final class SpecDiff {

    private static final Set<String> NOT_CONTRACT = Set.of("description", "summary", "example", "examples",
            "externalDocs", "tags", "x-deviation");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final YAMLMapper YAML = new YAMLMapper();

    private SpecDiff() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SpecDiff BASE NEW (a file path or an http(s) URL each)");
        }
        String base = location(System.getProperty("spec.base", args[0]), OpenApiDocument::projectCopy);
        String next = location(args[1], OpenApiDocument::publishedCopy);
        JsonNode baseDocument = read(base);
        JsonNode nextDocument = read(next);
        List<String> changes = diff(baseDocument, nextDocument);
        System.out.println("OpenAPI changes for " + Arrays.stream(Operation.values()).map(Operation::id).toList()
                + " from " + base + " to " + next + ":");
        crossVersion(baseDocument, nextDocument).ifPresent(note -> System.out.println("  (" + note + ")"));
        System.out.println(changes.isEmpty() ? "  none" : "  " + String.join("\n  ", changes));
    }

    /** A version label names that version's document ({@code document}); anything else is a file or URL. */
    static String location(String argument, Function<ApiVersion, Path> document) {
        return ApiVersion.byLabel(argument).map(v -> document.apply(v).toString()).orElse(argument);
    }

    /** "v1 compared with v3 in v3's names ...", when the two documents are of different versions. */
    static Optional<String> crossVersion(JsonNode base, JsonNode next) {
        Optional<ApiVersion> from = VersionNames.versionOf(next);
        Optional<ApiVersion> to = VersionNames.versionOf(base);
        if (from.isEmpty() || to.isEmpty() || from.get() == to.get()) {
            return Optional.empty();
        }
        String start = from.get().operationId(Operation.START_REPORT);
        String startInBase = to.get().operationId(Operation.START_REPORT);
        return Optional.of(from.get().label() + " read in " + to.get().label() + "'s names: paths "
                + from.get().basePath() + "/... as " + to.get().basePath() + "/..."
                + (start.equals(startInBase) ? "" : ", operationIds " + start + "... as " + startInBase + "...")
                + ", schema names matched regardless of case");
    }

    /**
     * One line per change, prefixed with the operation (its v3 operationId) or schema it belongs to. A newer
     * document of another version is first read in the base's names.
     */
    public static List<String> diff(JsonNode base, JsonNode newer) {
        Optional<ApiVersion> baseVersion = VersionNames.versionOf(base);
        Optional<ApiVersion> newerVersion = VersionNames.versionOf(newer);
        JsonNode next = baseVersion.isPresent() && newerVersion.isPresent() && baseVersion.get() != newerVersion.get()
                ? VersionNames.renamed(newer, newerVersion.get(), baseVersion.get(), OpenApiDocument.serverBasePath(base),
                        VersionNames.schemaNamesOf(base))
                : newer;
        List<String> changes = new ArrayList<>();
        Set<String> schemas = new TreeSet<>();
        for (Operation op : Operation.values()) {
            String operationId = op.id();
            String documented = baseVersion.map(v -> v.operationId(op)).orElse(operationId);
            JsonNode before = operation(base, documented);
            JsonNode after = operation(next, documented);
            collectSchemaRefs(before, schemas);
            collectSchemaRefs(after, schemas);
            if (before == null && after == null) {
                continue;
            }
            if (before == null) {
                changes.add(operationId + ": added as " + after.path("method").asText() + " " + after.path("path").asText());
            } else if (after == null) {
                changes.add(operationId + ": removed (was " + before.path("method").asText() + " "
                        + before.path("path").asText() + ")");
            } else {
                JsonDiff.diff(before, after).forEach(line -> changes.add(operationId + ": " + line));
            }
        }
        Set<String> reachable = new TreeSet<>();
        for (String schema : schemas) {
            reach(base, schema, reachable);
            reach(next, schema, reachable);
        }
        for (String schema : reachable) {
            JsonNode before = stripped(base.at("/components/schemas/" + pointer(schema)));
            JsonNode after = stripped(next.at("/components/schemas/" + pointer(schema)));
            JsonDiff.diff(before, after).forEach(line -> changes.add("schema " + schema + ": " + line));
        }
        return changes;
    }

    /** The operation as {method, path, parameters by "in name", requestBody, responses by code}, refs resolved. */
    static JsonNode operation(JsonNode document, String operationId) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey()) && operationId.equals(op.getValue().path("operationId").asText())) {
                    return shape(document, path.getKey(), path.getValue(), op.getKey(), op.getValue());
                }
            }
        }
        return null;
    }

    private static JsonNode shape(JsonNode document, String path, JsonNode pathItem, String method, JsonNode op) {
        ObjectNode shape = YAML.createObjectNode();
        shape.put("method", method.toUpperCase(java.util.Locale.ROOT));
        shape.put("path", path);
        ObjectNode parameters = shape.putObject("parameters");
        List<JsonNode> all = new ArrayList<>();
        pathItem.path("parameters").forEach(all::add);
        op.path("parameters").forEach(all::add);
        for (JsonNode parameter : all) {
            JsonNode p = resolve(document, parameter);
            parameters.set(p.path("in").asText() + " " + p.path("name").asText(), stripped(p));
        }
        if (op.has("requestBody")) {
            shape.set("requestBody", stripped(resolve(document, op.get("requestBody"))));
        }
        if (op.has("security")) {
            shape.set("security", op.get("security"));
        }
        ObjectNode responses = shape.putObject("responses");
        op.path("responses").fields().forEachRemaining(e -> {
            ObjectNode response = (ObjectNode) stripped(resolve(document, e.getValue()));
            if (response.get("headers") instanceof ObjectNode headers) {
                headers.fields().forEachRemaining(h -> h.setValue(stripped(resolve(document, h.getValue()))));
            }
            responses.set(e.getKey(), response);
        });
        return shape;
    }

    /** A local $ref (#/components/...) other than a schema is replaced by its target; schemas stay refs. */
    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (ref.startsWith("#/") && !ref.startsWith(VersionNames.SCHEMA_REF)) {
            return resolve(document, document.at(ref.substring(1)));
        }
        return node;
    }

    private static void collectSchemaRefs(JsonNode node, Set<String> names) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            String ref = node.path("$ref").asText("");
            if (ref.startsWith(VersionNames.SCHEMA_REF)) {
                names.add(ref.substring(VersionNames.SCHEMA_REF.length()));
            }
            node.elements().forEachRemaining(child -> collectSchemaRefs(child, names));
        } else if (node.isArray()) {
            node.forEach(child -> collectSchemaRefs(child, names));
        }
    }

    private static void reach(JsonNode document, String schema, Set<String> reachable) {
        if (!reachable.add(schema)) {
            return;
        }
        Set<String> refs = new TreeSet<>();
        collectSchemaRefs(document.at("/components/schemas/" + pointer(schema)), refs);
        refs.forEach(ref -> reach(document, ref, reachable));
    }

    /** A copy without prose, examples and x-deviation markers, at any depth (property names are kept). */
    static JsonNode stripped(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return node;
        }
        JsonNode copy = node.deepCopy();
        strip(copy, false);
        return copy;
    }

    private static void strip(JsonNode node, boolean namesOnly) {
        if (node instanceof ObjectNode object) {
            if (!namesOnly) {
                object.remove(NOT_CONTRACT);
            }
            object.fields().forEachRemaining(e -> strip(e.getValue(), e.getKey().equals("properties")));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> strip(child, false));
        }
    }

    private static String pointer(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    static JsonNode read(String location) throws IOException, InterruptedException {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(location))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(location + " answered " + response.statusCode());
            }
            return YAML.readTree(response.body());
        }
        Path file = Path.of(location);
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(new IOException("No such file: " + file.toAbsolutePath()));
        }
        return YAML.readTree(file.toFile());
    }
}
