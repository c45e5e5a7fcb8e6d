package io.rdesuite.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.ReportType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The project's OpenAPI copies (contracts/openapi/reports-&lt;version&gt;.yaml, one per {@link ApiVersion}) and the
 * published documents beside them, read as trees: where they live, and what they state about the operations (ids,
 * methods, paths, statuses, scopes) and report requests (example bodies, required arguments). Everything here is
 * read from a document, never kept by hand; tests compare it with {@code api}.
 */
public final class OpenApiDocument {

    /** Where the copies live, relative to the project directory. */
    public static final String FOLDER = "contracts/openapi/";
    /** v3's project copy, relative to the project directory; -Dreports.openapi overrides it. */
    public static final String PROJECT_COPY = FOLDER + "reports-v3.yaml";
    /** v3's published document as vendored into contracts/openapi/published, byte for byte. */
    public static final String PUBLISHED_COPY = FOLDER + "published/sailpoint-v3-reports-data-extraction.openapi.yaml";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final YAMLMapper YAML = new YAMLMapper();

    /**
     * One operation as a document states it.
     *
     * @param method   upper case, e.g. POST
     * @param template the full path template, the server's base path included: /v3/reports/run
     * @param statuses the numeric response codes
     * @param scopes   the scopes of all its security requirements (any one of them grants the call)
     */
    public record DocumentedOperation(String id, String method, String template, Set<Integer> statuses,
                                      Set<String> scopes) {
    }

    private OpenApiDocument() {
    }

    /** v3's project copy (-Dreports.openapi overrides it). */
    public static Path projectCopy() {
        return locate(System.getProperty("reports.openapi", PROJECT_COPY));
    }

    /** The project copy of {@code version} (for v3, -Dreports.openapi overrides it). */
    public static Path projectCopy(ApiVersion version) {
        return version == ApiVersion.V3 ? projectCopy() : locate(FOLDER + version.projectDocument());
    }

    public static Path publishedCopy() {
        return publishedCopy(ApiVersion.V3);
    }

    /** The published document of {@code version}, as vendored. */
    public static Path publishedCopy(ApiVersion version) {
        return locate(FOLDER + "published/" + version.publishedDocument());
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

    /**
     * swagger-request-validator for the document at {@code path}, with the paths under its server's base path
     * (requests go to /v3/reports/..., v3's paths are /reports/...; v1's server has no base path).
     */
    public static OpenApiInteractionValidator.Builder validator(Path path) {
        return OpenApiInteractionValidator.createForSpecificationUrl(path.toAbsolutePath().toUri().toString())
                .withBasePathOverride(serverBasePath(read(path)));
    }

    /** The path of the first server's URL: /v3 for https://{tenant}.api.identitynow.com/v3, empty for v1's. */
    public static String serverBasePath(JsonNode document) {
        return document.path("servers").path(0).path("url").asText().replaceFirst("^[a-zA-Z]+://[^/]*", "");
    }

    /** The document's operations, in its path order. */
    public static List<DocumentedOperation> operations(JsonNode document) {
        String basePath = serverBasePath(document);
        List<DocumentedOperation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.add(new DocumentedOperation(op.getValue().path("operationId").asText(),
                        op.getKey().toUpperCase(Locale.ROOT), basePath + path.getKey(),
                        statuses(op.getValue()), scopes(op.getValue())));
            }
        }));
        return operations;
    }

    private static Set<Integer> statuses(JsonNode operation) {
        Set<Integer> codes = new TreeSet<>();
        operation.path("responses").fieldNames().forEachRemaining(code -> {
            if (code.matches("\\d{3}")) {
                codes.add(Integer.parseInt(code));
            }
        });
        return codes;
    }

    private static Set<String> scopes(JsonNode operation) {
        Set<String> scopes = new TreeSet<>();
        for (JsonNode requirement : operation.path("security")) {
            requirement.elements().forEachRemaining(schemeScopes -> schemeScopes.forEach(s -> scopes.add(s.asText())));
        }
        return scopes;
    }

    /** operationId -> declared status codes (numeric, sorted), in the document's path order. */
    public static Map<String, Set<Integer>> cells(JsonNode document) {
        Map<String, Set<Integer>> cells = new LinkedHashMap<>();
        operations(document).forEach(op -> cells.put(op.id(), op.statuses()));
        return cells;
    }

    /**
     * The cells of {@code version}'s project copy: operation (named by its v3 operationId, as the coverage matrix
     * names it in every version) -> declared status codes, in the document's path order.
     */
    public static Map<String, Set<Integer>> cells(ApiVersion version) {
        Map<String, Set<Integer>> cells = new LinkedHashMap<>();
        operations(read(projectCopy(version))).forEach(op -> cells.put(
                version.operation(op.id()).map(o -> o.id()).orElse(op.id()), op.statuses()));
        return cells;
    }

    /**
     * The example startReport bodies (components.examples.*: a value with reportType and arguments, and no id,
     * which only the example answers have), by report type name.
     */
    public static Map<String, JsonNode> exampleRequests(JsonNode document) {
        Map<String, JsonNode> examples = new LinkedHashMap<>();
        document.path("components").path("examples").elements().forEachRemaining(example -> {
            JsonNode value = example.path("value");
            if (value.has("reportType") && value.has("arguments") && !value.has("id")) {
                examples.put(value.path("reportType").asText(), value);
            }
        });
        return examples;
    }

    /** Report type -> the arguments its *-report-arguments schema requires (types requiring none are left out). */
    public static Map<ReportType, List<String>> requiredArguments(JsonNode document) {
        Map<ReportType, List<String>> required = new LinkedHashMap<>();
        document.path("components").path("schemas").fields().forEachRemaining(e -> {
            if (e.getKey().endsWith("-report-arguments") && e.getValue().has("required")) {
                List<String> names = new ArrayList<>();
                e.getValue().get("required").forEach(n -> names.add(n.asText()));
                required.put(ReportType.valueOf(e.getValue().path("title").asText()), names);
            }
        });
        return required;
    }
}
