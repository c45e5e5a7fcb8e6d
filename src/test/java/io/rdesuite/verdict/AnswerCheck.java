package io.rdesuite.verdict;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.api.choices.OpenChoice;
import io.rdesuite.support.OpenApiDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a contract violation from drift in one answer, against the project's OpenAPI copy of the version the
 * request's path belongs to ({@link ApiVersion#ofPath}; swagger-request-validator, one per version, built when that
 * version is first seen; requests are not judged: the suite sends invalid ones on purpose). An answer to a path of
 * no version (token endpoint, control API) is not judged.
 * <ul>
 *   <li>Violations, always: every ERROR of the validator — an undocumented status or Content-Type, a value outside
 *       an enum, a changed type, a pattern or format broken, a required field or header missing (so a renamed
 *       required field fails, whatever else its new name is).</li>
 *   <li>Drift, by default: a body field the schema does not declare ({@code ...body.schema.additionalProperties},
 *       resolved to WARN instead of ERROR), and a header that is neither ordinary HTTP nor declared for that
 *       answer ({@link DocumentedHeaders}), named in lower case (as HTTP/2 sends them). With {@code -Dreports.strictShapes=true} undocumented body fields are
 *       violations again; headers stay drift.</li>
 * </ul>
 */
public final class AnswerCheck {

    public static final String STRICT_SHAPES = "reports.strictShapes";
    static final String ADDITIONAL_PROPERTIES = "validation.response.body.schema.additionalProperties";
    /**
     * An undocumented status: a violation, unless an open choice lets the operation answer it
     * ({@link OpenChoice#allowsStatus}); the scenario that induced it observes it.
     */
    static final String STATUS_UNKNOWN = "validation.response.status.unknown";
    private static final Pattern NAMES = Pattern.compile("not allowed by the schema: (\\[.*])\\s*$");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What one answer is: {@code violations} fail it; {@code additions} are the validator's undocumented-field
     * messages (kept for a failure's report); {@code drift} is what is reported when nothing fails.
     */
    public record Verdict(List<Message> violations, List<Message> additions, List<Drift> drift) {

        public boolean violated() {
            return !violations.isEmpty();
        }

        /** The report a failure shows: the violations, and the undocumented fields beside them (a rename). */
        public ValidationReport failureReport() {
            List<Message> all = new ArrayList<>(violations);
            all.addAll(additions);
            return ValidationReport.from(all);
        }
    }

    /** What judges the answers of one version: its document's validator and declared headers. */
    private record Judge(OpenApiInteractionValidator validator, DocumentedHeaders headers) {
    }

    private final Function<ApiVersion, Path> documents;
    private final Map<ApiVersion, Judge> judges = new ConcurrentHashMap<>();
    private final boolean strict;

    /** Judges every version against its project copy ({@link OpenApiDocument#projectCopy(ApiVersion)}). */
    public AnswerCheck(boolean strict) {
        this(OpenApiDocument::projectCopy, strict);
    }

    /** Judges each version against the document {@code documents} names for it. */
    public AnswerCheck(Function<ApiVersion, Path> documents, boolean strict) {
        this.documents = documents;
        this.strict = strict;
    }

    private Judge judge(ApiVersion version) {
        return judges.computeIfAbsent(version, v -> {
            Path document = documents.apply(v);
            return new Judge(OpenApiDocument.validator(document)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", Level.IGNORE)
                            .withLevel(ADDITIONAL_PROPERTIES, strict ? Level.ERROR : Level.WARN)
                            .build())
                    .build(), new DocumentedHeaders(OpenApiDocument.read(document)));
        });
    }

    public boolean strict() {
        return strict;
    }

    /** Judges the answer {@code response} to {@code request}; {@code headerNames} are the answer's headers. */
    public Verdict check(Request request, Response response, Collection<String> headerNames) {
        Optional<Located> located = locate(request);
        if (located.isEmpty()) {
            return new Verdict(List.of(), List.of(), List.of());
        }
        ApiVersion version = located.get().version();
        Operation operation = located.get().operation();
        Judge judge = judge(version);
        ValidationReport report = judge.validator().validate(request, response);
        List<Message> violations = new ArrayList<>();
        List<Message> additions = new ArrayList<>();
        for (Message message : report.getMessages()) {
            if (message.getKey().equals(STATUS_UNKNOWN)
                    && OpenChoice.allowsStatus(operation.id(), response.getStatus())) {
                continue;
            }
            if (message.getLevel() == Level.ERROR) {
                violations.add(message);
            } else if (message.getKey().equals(ADDITIONAL_PROPERTIES) && message.getLevel() != Level.IGNORE) {
                additions.add(message);
            }
        }
        String label = version.label();
        String id = operation.id();
        String documentedId = version.operationId(operation);
        int status = response.getStatus();
        Set<Drift> drift = new LinkedHashSet<>();
        additions.forEach(m -> fields(m).forEach(where -> drift.add(new Drift(label, id, status, where, Drift.FIELD))));
        headerNames.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .filter(h -> !judge.headers().allows(documentedId, status, h))
                .forEach(h -> drift.add(new Drift(label, id, status, h, Drift.HEADER)));
        return new Verdict(violations, additions, List.copyOf(drift));
    }

    private record Located(ApiVersion version, Operation operation) {
    }

    /**
     * The operation the request called, in the version its path belongs to ({@link ApiVersion#ofPath}); empty for
     * anything else (token endpoint, control API).
     */
    static Optional<Located> locate(Request request) {
        String path = request.getPath();
        return ApiVersion.ofPath(path).flatMap(version -> Operation.match(version, request.getMethod().name(), path)
                .map(op -> new Located(version, op)));
    }

    /**
     * The JSON pointers of the fields one additionalProperties message names: the object's pointer (from the
     * message's context) and each name of the message's list, array indices written as {@code *}.
     */
    static List<String> fields(Message message) {
        String object = message.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance).orElse("")
                .replaceAll("/\\d+(?=/|$)", "/*");
        String base = object.endsWith("/") ? object.substring(0, object.length() - 1) : object;
        Matcher names = NAMES.matcher(message.getMessage());
        List<String> fields = new ArrayList<>();
        try {
            if (names.find()) {
                for (JsonNode name : JSON.readTree(names.group(1))) {
                    fields.add(base + "/" + escape(name.asText()));
                }
            }
        } catch (IOException e) {
            fields.clear();
        }
        return fields.isEmpty() ? List.of(base.isEmpty() ? "/" : base) : fields;
    }

    /** RFC 6901: ~ and / in a member name. */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
