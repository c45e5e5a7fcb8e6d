package io.rdesuite.explore;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.support.TargetApi.Identity;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One request of an exploration and its answer, as sent and received: what the model judges and what a reproducer
 * shows. Header names of the answer are in lower case.
 */
record Exchange(Identity who, String client, ApiVersion version, Operation operation, String method, String path,
                List<Map.Entry<String, String>> query, String contentType, byte[] requestBody, int status,
                Map<String, List<String>> headers, byte[] body, Instant at) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The path and the query as sent, each value percent-encoded. */
    String target() {
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + query.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The answer's JSON, or empty when it is none. */
    Optional<JsonNode> json() {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readTree(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The request in swagger-request-validator's form, for {@link io.rdesuite.verdict.AnswerCheck}. */
    Request validatorRequest() {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method, path);
        query.forEach(e -> builder.withQueryParam(e.getKey(), e.getValue()));
        if (contentType != null) {
            builder.withContentType(contentType);
        }
        if (requestBody != null && requestBody.length > 0) {
            builder.withBody(requestBody);
        }
        return builder.build();
    }

    /** The answer in swagger-request-validator's form. */
    Response validatorResponse() {
        SimpleResponse.Builder builder = new SimpleResponse.Builder(status);
        headers.forEach((name, values) -> builder.withHeader(name, values));
        header("content-type").ifPresent(builder::withContentType);
        if (body.length > 0) {
            builder.withBody(body);
        }
        return builder.build();
    }

    /** The request as a curl line: the Authorization header redacted. */
    String curl(URI baseUri) {
        StringBuilder line = new StringBuilder("curl -sS -i -X ").append(method).append(" '")
                .append(base(baseUri)).append(target()).append("' -H 'Authorization: Bearer <token of ")
                .append(client).append(", redacted>'");
        if (contentType != null) {
            line.append(" -H 'Content-Type: ").append(contentType).append("'");
        }
        if (requestBody != null && requestBody.length > 0) {
            line.append(" --data-raw '").append(new String(requestBody, StandardCharsets.UTF_8).replace("'", "'\\''"))
                    .append("'");
        }
        return line.toString();
    }

    /** The token call of a client as a curl line: its secret redacted. */
    static String tokenCurl(URI baseUri, String client) {
        return "curl -sS -X POST '" + base(baseUri) + "/oauth/token' -d grant_type=client_credentials -d 'client_id="
                + client + "' -d 'client_secret=<redacted>'";
    }

    /** One line of what came back: status, the headers that matter and the start of the body. */
    String answerLine() {
        String type = header("content-type").orElse("-");
        String shown;
        if (type.contains("json") || type.startsWith("text/plain")) {
            shown = bodyText().replaceAll("\\s+", " ");
            shown = shown.length() > 300 ? shown.substring(0, 297) + "..." : shown;
        } else {
            shown = "<" + body.length + " bytes>";
        }
        return "# -> " + status + " " + type + header("retry-after").map(r -> " Retry-After: " + r).orElse("")
                + header("content-disposition").map(d -> " Content-disposition: " + d).orElse("") + " " + shown;
    }

    private static String base(URI baseUri) {
        String base = baseUri.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
