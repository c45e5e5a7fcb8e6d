package io.rdesuite.contract.openapi;

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
import io.rdesuite.support.OpenApiDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a contract violation from drift in one answer, against the project's OpenAPI copy (swagger-request-validator;
 * requests are not judged: the suite sends invalid ones on purpose).
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

    private final OpenApiInteractionValidator validator;
    private final DocumentedHeaders headers;
    private final boolean strict;

    public AnswerCheck(Path openApi, boolean strict) {
        this.strict = strict;
        this.headers = new DocumentedHeaders(OpenApiDocument.read(openApi));
        this.validator = OpenApiDocument.validator(openApi)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", Level.IGNORE)
                        .withLevel(ADDITIONAL_PROPERTIES, strict ? Level.ERROR : Level.WARN)
                        .build())
                .build();
    }

    public boolean strict() {
        return strict;
    }

    /** Judges the answer {@code response} to {@code request}; {@code headerNames} are the answer's headers. */
    public Verdict check(Request request, Response response, Collection<String> headerNames) {
        ValidationReport report = validator.validate(request, response);
        List<Message> violations = new ArrayList<>();
        List<Message> additions = new ArrayList<>();
        for (Message message : report.getMessages()) {
            if (message.getLevel() == Level.ERROR) {
                violations.add(message);
            } else if (message.getKey().equals(ADDITIONAL_PROPERTIES) && message.getLevel() != Level.IGNORE) {
                additions.add(message);
            }
        }
        Optional<Located> located = locate(request);
        if (located.isEmpty()) {
            return new Verdict(violations, additions, List.of());
        }
        String version = located.get().version().label();
        String id = located.get().operation().id();
        int status = response.getStatus();
        Set<Drift> drift = new LinkedHashSet<>();
        additions.forEach(m -> fields(m).forEach(where -> drift.add(new Drift(version, id, status, where, Drift.FIELD))));
        headerNames.stream().map(h -> h.toLowerCase(Locale.ROOT)).filter(h -> !headers.allows(id, status, h))
                .forEach(h -> drift.add(new Drift(version, id, status, h, Drift.HEADER)));
        return new Verdict(violations, additions, List.copyOf(drift));
    }

    private record Located(ApiVersion version, Operation operation) {
    }

    /** The operation the request called, in the version its path names; empty for anything else (token, control). */
    private static Optional<Located> locate(Request request) {
        for (ApiVersion version : ApiVersion.values()) {
            Optional<Operation> op = Operation.match(version, request.getMethod().name(), request.getPath());
            if (op.isPresent()) {
                return Optional.of(new Located(version, op.get()));
            }
        }
        return Optional.empty();
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
