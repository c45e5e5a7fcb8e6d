package io.rdesuite.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The project's OpenAPI copy (contracts/openapi/reports-v3.yaml) read as a tree: where it lives, and the
 * (operationId, status) cells it declares. The cells are read from the document, never kept by hand.
 */
public final class OpenApiDocument {

    /** The project's copy, relative to the project directory; -Dreports.openapi overrides it. */
    public static final String PROJECT_COPY = "contracts/openapi/reports-v3.yaml";
    /** The published document as vendored into contracts/openapi/published, byte for byte. */
    public static final String PUBLISHED_COPY = "contracts/openapi/published/sailpoint-v3-reports-data-extraction.openapi.yaml";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final YAMLMapper YAML = new YAMLMapper();

    private OpenApiDocument() {
    }

    public static Path projectCopy() {
        return locate(System.getProperty("reports.openapi", PROJECT_COPY));
    }

    public static Path publishedCopy() {
        return locate(PUBLISHED_COPY);
    }

    /** Resolves a project-relative path from the working directory or one of its parents (IDE runs). */
    static Path locate(String relative) {
        Path direct = Path.of(relative);
        if (direct.isAbsolute() || Files.exists(direct)) {
            return direct;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return direct;
    }

    public static JsonNode read(Path path) {
        try {
            return YAML.readTree(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenAPI document " + path, e);
        }
    }

    /** operationId -> declared status codes (numeric, sorted), in the document's path order. */
    public static Map<String, Set<Integer>> cells(JsonNode document) {
        Map<String, Set<Integer>> cells = new LinkedHashMap<>();
        for (Iterator<JsonNode> paths = document.path("paths").elements(); paths.hasNext(); ) {
            JsonNode pathItem = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = pathItem.fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                Set<Integer> codes = new TreeSet<>();
                op.getValue().path("responses").fieldNames().forEachRemaining(code -> {
                    if (code.matches("\\d{3}")) {
                        codes.add(Integer.parseInt(code));
                    }
                });
                cells.put(op.getValue().path("operationId").asText(), codes);
            }
        }
        return cells;
    }

    public static Map<String, Set<Integer>> projectCells() {
        return cells(read(projectCopy()));
    }

    /** All (operationId, status) pairs of the project copy, as "operationId status" strings. */
    public static List<String> projectCellNames() {
        List<String> names = new ArrayList<>();
        projectCells().forEach((op, codes) -> codes.forEach(c -> names.add(op + " " + c)));
        return names;
    }
}
