package io.rdesuite.client;

import io.rdesuite.api.RetryAfter;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.ObjectMapperConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.Filter;
import io.restassured.http.Header;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.http.conn.ConnectTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one operation's requests: builds them on a per-target specification (never REST Assured's statics),
 * retries what the {@link RetryPolicy} allows and turns connection failures into
 * {@link TargetUnreachableException}.
 */
final class HttpCaller {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(HttpCaller.class);

    private final URI baseUri;
    private final RequestSpecification baseSpec;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final Clock clock;

    HttpCaller(URI baseUri, List<Filter> filters, RetryPolicy retryPolicy, Sleeper sleeper, Clock clock,
            Duration connectTimeout, Duration readTimeout) {
        this.baseUri = baseUri;
        this.baseSpec = baseSpec(baseUri, filters, connectTimeout, readTimeout);
        this.retryPolicy = retryPolicy;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    static RequestSpecification baseSpec(URI baseUri, List<Filter> filters, Duration connectTimeout,
            Duration readTimeout) {
        RestAssuredConfig config = RestAssuredConfig.newConfig()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", Math.toIntExact(connectTimeout.toMillis()))
                        .setParam("http.socket.timeout", Math.toIntExact(readTimeout.toMillis())))
                .objectMapperConfig(ObjectMapperConfig.objectMapperConfig()
                        .jackson2ObjectMapperFactory((type, charset) -> Json.mapper()))
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(UTF_8));
        return new RequestSpecBuilder()
                .setBaseUri(baseUri.toString())
                .setConfig(config)
                .addFilters(new ArrayList<>(filters))
                .build();
    }

    URI baseUri() {
        return baseUri;
    }

    /** A fresh request on the target's specification, for callers that send it themselves. */
    RequestSpecification newRequest() {
        return RestAssured.given().spec(baseSpec);
    }

    /**
     * Sends {@code method pathTemplate}, letting {@code customizer} add headers, parameters and body afresh for
     * each attempt (a retried request may need a renewed token). Returns the last answer, whatever its status.
     */
    Response call(Method method, String pathTemplate, UnaryOperator<RequestSpecification> customizer) {
        String operation = method + " " + pathTemplate;
        Duration waited = Duration.ZERO;
        for (int retry = 0; ; retry++) {
            Response response = once(method, pathTemplate, customizer);
            int status = response.statusCode();
            if (!RetryPolicy.isRetryable(status) || retry >= retryPolicy.maxRetries()) {
                return response;
            }
            int retryIndex = retry;
            Duration wait = RetryAfter.parse(response.header("Retry-After"), clock)
                    .orElseGet(() -> retryPolicy.backoff(retryIndex));
            if (waited.plus(wait).compareTo(retryPolicy.maxTotalWait()) > 0) {
                LOG.info("{} answered {}: not retrying, waiting {} s more would exceed the {} s budget",
                        operation, status, wait.toSeconds(), retryPolicy.maxTotalWait().toSeconds());
                return response;
            }
            LOG.info("{} answered {}: retry {} of {} in {} ms", operation, status, retry + 1,
                    retryPolicy.maxRetries(), wait.toMillis());
            sleep(sleeper, wait);
            waited = waited.plus(wait);
        }
    }

    private Response once(Method method, String pathTemplate, UnaryOperator<RequestSpecification> customizer) {
        try {
            return customizer.apply(newRequest()).request(method, pathTemplate);
        } catch (Exception e) {
            throw translate(method + " " + pathTemplate, e);
        }
    }

    private RuntimeException translate(String operation, Exception e) {
        Throwable root = e;
        boolean unreachable = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            unreachable |= t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException || t instanceof ConnectTimeoutException;
            root = t;
        }
        if (unreachable) {
            String reason = root instanceof UnknownHostException ? "unknown host " + root.getMessage()
                    : root.getMessage();
            return new TargetUnreachableException("Cannot reach " + baseUri + " (" + operation + "): " + reason, e);
        }
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e instanceof IOException) {
            return new ClientException(operation + " on " + baseUri + " failed: " + root.getMessage(), e);
        }
        return new ClientException(operation + " failed", e);
    }

    /** Throws {@link ApiException} unless the status is one of {@code accepted} (any 2xx when none is given). */
    static Response require(Response response, String operation, int... accepted) {
        int status = response.statusCode();
        boolean ok = accepted.length == 0 ? status / 100 == 2 : contains(accepted, status);
        if (!ok) {
            throw new ApiException(operation, status, headers(response), response.asString());
        }
        return response;
    }

    static Map<String, List<String>> headers(Response response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.headers()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        return headers;
    }

    static void sleep(Sleeper sleeper, Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientException("Interrupted while waiting " + duration.toMillis() + " ms", e);
        }
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
