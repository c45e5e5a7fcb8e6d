package io.rdesuite.support;

import io.qameta.allure.Allure;
import io.qameta.allure.attachment.DefaultAttachmentProcessor;
import io.qameta.allure.attachment.FreemarkerAttachmentRenderer;
import io.qameta.allure.attachment.http.HttpRequestAttachment;
import io.qameta.allure.attachment.http.HttpResponseAttachment;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one filter that attaches requests and answers to the Allure report, with secrets taken out: the
 * Authorization header (its scheme kept), cookies, any JWT, the values of access_token, refresh_token, id_token and
 * client_secret (JSON or form), and the whole body of the token endpoints (request and answer). Binary bodies
 * (files) are summarised by type and size.
 */
public final class RedactingAllureFilter implements OrderedFilter {

    public static final String REDACTED = "<redacted>";
    /** Just before the wire, so that what is attached is what is sent; a 429 courtesy retry may come after it. */
    public static final int ORDER = Integer.MAX_VALUE - 1;

    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
            "set-cookie");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern JSON_SECRET = Pattern.compile(
            "(\"(?:access_token|refresh_token|id_token|client_secret|secret|token)\"\\s*:\\s*)\"[^\"]*\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FORM_SECRET = Pattern.compile(
            "((?:^|[&?])(?:access_token|refresh_token|id_token|client_secret)=)[^&\\s]*", Pattern.CASE_INSENSITIVE);
    private static final Set<String> TOKEN_PATHS = Set.of("/oauth/token", "/__simulator/tokens");
    private static final int MAX_TEXT = 20_000;

    private static final RedactingAllureFilter INSTANCE = new RedactingAllureFilter();

    /** The shared instance: every request specification of the suite uses it. */
    public static RedactingAllureFilter get() {
        return INSTANCE;
    }

    private RedactingAllureFilter() {
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        boolean tokenEndpoint = isTokenEndpoint(request.getURI());
        if (AllureLabels.running()) {
            attachRequest(request, tokenEndpoint);
        }
        Response response = ctx.next(request, responseSpec);
        if (AllureLabels.running()) {
            attachResponse(request, response, tokenEndpoint);
        }
        return response;
    }

    private static void attachRequest(FilterableRequestSpecification request, boolean tokenEndpoint) {
        String url = redactText(request.getURI());
        HttpRequestAttachment.Builder attachment = HttpRequestAttachment.Builder
                .create(request.getMethod() + " " + path(url), url)
                .setMethod(request.getMethod())
                .setHeaders(headers(request.getHeaders()));
        Object body = request.getBody();
        if (tokenEndpoint) {
            attachment.setBody(REDACTED + " (token endpoint)");
        } else if (body != null) {
            attachment.setBody(redactBody(body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                    : body.toString()));
        }
        new DefaultAttachmentProcessor().addAttachment(attachment.build(),
                new FreemarkerAttachmentRenderer("http-request.ftl"));
    }

    private static void attachResponse(FilterableRequestSpecification request, Response response,
                                       boolean tokenEndpoint) {
        String contentType = response.getContentType() == null ? "" : response.getContentType();
        String body;
        if (tokenEndpoint) {
            body = REDACTED + " (token endpoint)";
        } else if (isText(contentType)) {
            body = redactBody(response.asString());
        } else {
            body = "<" + response.asByteArray().length + " bytes of " + contentType + ">";
        }
        HttpResponseAttachment attachment = HttpResponseAttachment.Builder
                .create(response.getStatusCode() + " " + path(redactText(request.getURI())))
                .setUrl(redactText(request.getURI()))
                .setResponseCode(response.getStatusCode())
                .setHeaders(headers(response.getHeaders()))
                .setBody(body)
                .build();
        new DefaultAttachmentProcessor().addAttachment(attachment,
                new FreemarkerAttachmentRenderer("http-response.ftl"));
    }

    /** Header values with secrets replaced; the Authorization scheme is kept (Bearer, Basic, ...). */
    static Map<String, String> headers(Iterable<Header> headers) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Header h : headers) {
            out.merge(h.getName(), redactHeader(h.getName(), h.getValue()), (a, b) -> a + ", " + b);
        }
        return out;
    }

    static String redactHeader(String name, String value) {
        if (!SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) || value == null) {
            return value;
        }
        String trimmed = value.trim();
        int space = trimmed.indexOf(' ');
        return name.equalsIgnoreCase("authorization") && space > 0
                ? trimmed.substring(0, space) + " " + REDACTED : REDACTED;
    }

    /** A text body with JWTs and secret values replaced. */
    public static String redactBody(String body) {
        String text = body.length() > MAX_TEXT ? body.substring(0, MAX_TEXT) + "... (cut)" : body;
        text = JSON_SECRET.matcher(text).replaceAll("$1\"" + REDACTED + "\"");
        text = FORM_SECRET.matcher(text).replaceAll("$1" + REDACTED);
        return JWT.matcher(text).replaceAll(REDACTED);
    }

    static String redactText(String text) {
        return JWT.matcher(FORM_SECRET.matcher(text).replaceAll("$1" + REDACTED)).replaceAll(REDACTED);
    }

    static boolean isTokenEndpoint(String uri) {
        String path = path(uri);
        int query = path.indexOf('?');
        String bare = query < 0 ? path : path.substring(0, query);
        return TOKEN_PATHS.stream().anyMatch(bare::endsWith);
    }

    private static String path(String url) {
        int scheme = url.indexOf("://");
        int slash = scheme < 0 ? url.indexOf('/') : url.indexOf('/', scheme + 3);
        return slash < 0 ? url : url.substring(slash);
    }

    private static boolean isText(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.isEmpty() || type.contains("json") || type.contains("csv") || type.startsWith("text/") || type.contains("xml")
                || type.contains("x-www-form-urlencoded");
    }

    /** For attaching a note (e.g. a skip reason) as text. */
    public static void note(String name, String text) {
        if (AllureLabels.running()) {
            Allure.addAttachment(name, "text/plain", redactBody(text), ".txt");
        }
    }
}
