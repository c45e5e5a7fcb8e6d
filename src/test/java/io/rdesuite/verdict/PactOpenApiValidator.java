package io.rdesuite.verdict;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.contract.ReportsPact;
import io.rdesuite.support.OpenApiDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Checks every interaction of a pact file against the project's OpenAPI document with swagger-request-validator's
 * core {@link OpenApiInteractionValidator}: the example request (path, query, headers, body) and the example
 * response (status, headers, body) of each interaction. A 400 interaction's request is exempt: it is invalid on
 * purpose; its response is still checked.
 */
public final class PactOpenApiValidator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiInteractionValidator validator;
    private final UnaryOperator<String> paths;

    /** Checks the pact as written (v3's paths) against the document at {@code openApi}. */
    public PactOpenApiValidator(Path openApi) {
        this(openApi, UnaryOperator.identity());
    }

    /** Checks the pact with its paths moved to {@code version}'s family against that version's project copy. */
    public PactOpenApiValidator(ApiVersion version) {
        this(OpenApiDocument.projectCopy(version), path -> ReportsPact.pathIn(version, path));
    }

    private PactOpenApiValidator(Path openApi, UnaryOperator<String> paths) {
        this.validator = OpenApiDocument.validator(openApi).build();
        this.paths = paths;
    }

    /** One line per problem, each naming its interaction; empty when the whole pact agrees with the document. */
    public List<String> validate(Path pactFile) {
        try {
            return validate(JSON.readTree(pactFile.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pactFile, e);
        }
    }

    public List<String> validate(JsonNode pact) {
        List<String> problems = new ArrayList<>();
        for (JsonNode interaction : pact.path("interactions")) {
            problems.addAll(validateInteraction(interaction));
        }
        return problems;
    }

    public List<String> validateInteraction(JsonNode interaction) {
        String description = interaction.path("description").asText();
        JsonNode request = interaction.path("request");
        JsonNode response = interaction.path("response");
        int status = response.path("status").asInt();

        Request simpleRequest = request(request);
        ValidationReport report = validator.validate(simpleRequest, response(response));
        List<String> problems = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            boolean requestSide = message.getKey().startsWith("validation.request");
            if (message.getLevel() != ValidationReport.Level.ERROR || (requestSide && status == 400)) {
                continue;
            }
            problems.add("'" + description + "': " + message.getKey() + ": " + message.getMessage());
        }
        return problems;
    }

    private Request request(JsonNode request) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(
                request.path("method").asText().toUpperCase(Locale.ROOT), paths.apply(request.path("path").asText()));
        request.path("query").fields().forEachRemaining(e -> builder.withQueryParam(e.getKey(), strings(e.getValue())));
        request.path("headers").fields().forEachRemaining(e -> builder.withHeader(e.getKey(), strings(e.getValue())));
        byte[] body = body(request.path("body"));
        if (body != null) {
            builder.withBody(new String(body, UTF_8));
        }
        return builder.build();
    }

    private static com.atlassian.oai.validator.model.Response response(JsonNode response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.path("status").asInt());
        response.path("headers").fields().forEachRemaining(e -> builder.withHeader(e.getKey(), strings(e.getValue())));
        byte[] body = body(response.path("body"));
        if (body != null) {
            builder.withBody(body);
        }
        return builder.build();
    }

    /** A V4 body: {"content": json-or-text, "encoded": false|"base64", "contentType": ...}; null when absent. */
    private static byte[] body(JsonNode body) {
        if (body.isMissingNode() || body.isNull()) {
            return null;
        }
        JsonNode content = body.path("content");
        if (body.path("encoded").asText().equalsIgnoreCase("base64")) {
            return Base64.getDecoder().decode(content.asText());
        }
        try {
            return content.isTextual() ? content.asText().getBytes(UTF_8) : JSON.writeValueAsBytes(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode values) {
        List<String> list = new ArrayList<>();
        if (values.isArray()) {
            values.forEach(v -> list.add(v.asText()));
        } else {
            list.add(values.asText());
        }
        return list;
    }
}
