package io.rdesuite.client;

import io.rdesuite.api.RetryAfter;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.model.ReportDetails;
import io.rdesuite.api.model.ReportResults;
import io.rdesuite.api.model.TaskResultDetails;
import io.rdesuite.api.Operation;
import io.rdesuite.config.TargetConfig;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A typed client for the four Reports Data Extraction operations. Each instance has its own request
 * specification (base URI, timeouts, filters); 429, 502, 503 and 504 are retried as its {@link RetryPolicy} says;
 * any other unexpected status throws {@link ApiException}.
 */
public final class ReportsClient {

    private static final Operation START = Operation.START_REPORT;
    private static final Operation RESULT = Operation.GET_REPORT_RESULT;
    private static final Operation REPORT = Operation.GET_REPORT;
    private static final Operation CANCEL = Operation.CANCEL_REPORT;

    private static final Duration FIRST_POLL_DELAY = Duration.ofMillis(100);
    private static final Duration MAX_POLL_DELAY = Duration.ofSeconds(2);

    private final Builder settings;
    private final TokenProvider tokenProvider;
    private final HttpCaller http;
    private final Clock clock;
    private final Sleeper sleeper;

    public ReportsClient(URI baseUri, TokenProvider tokenProvider, RetryPolicy retryPolicy, List<Filter> filters) {
        this(builder(baseUri).tokenProvider(tokenProvider).retryPolicy(retryPolicy).filters(filters));
    }

    private ReportsClient(Builder builder) {
        this.settings = builder.copy();
        this.tokenProvider = Objects.requireNonNull(builder.tokenProvider, "tokenProvider");
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
        this.http = new HttpCaller(builder.baseUri, builder.filters, builder.retryPolicy, builder.sleeper,
                builder.clock, builder.connectTimeout, builder.readTimeout);
    }

    public static Builder builder(URI baseUri) {
        return new Builder(baseUri);
    }

    /** A client for the target's full-access identity. */
    public static ReportsClient forTarget(TargetConfig target, List<Filter> filters) {
        return builder(target.baseUri()).tokenProvider(TokenProvider.forTarget(target)).filters(filters).build();
    }

    /** The same client acting as someone else (a read-only or no-access client, an expired token). */
    public ReportsClient withTokenProvider(TokenProvider other) {
        return new ReportsClient(settings.copy().tokenProvider(other));
    }

    /** The same client with another retry policy, e.g. {@link RetryPolicy#none()} to see 429s. */
    public ReportsClient withRetryPolicy(RetryPolicy retryPolicy) {
        return new ReportsClient(settings.copy().retryPolicy(retryPolicy));
    }

    public URI baseUri() {
        return http.baseUri();
    }

    public TokenProvider tokenProvider() {
        return tokenProvider;
    }

    /** POST /v3/reports/run. */
    public TaskResultDetails startReport(ReportDetails details) {
        byte[] body = write(details);
        Response response = http.call(Method.POST, START.template(), request -> authenticated(request)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(body));
        return read(HttpCaller.require(response, "POST " + START.template()), TaskResultDetails.class);
    }

    /** GET /v3/reports/{id}/result without the completed parameter. */
    public ReportResults getReportResult(String taskResultId) {
        return getReportResult(taskResultId, null);
    }

    /** GET /v3/reports/{id}/result?completed=. */
    public ReportResults getReportResult(String taskResultId, boolean completed) {
        return getReportResult(taskResultId, Boolean.valueOf(completed));
    }

    private ReportResults getReportResult(String taskResultId, Boolean completed) {
        Response response = http.call(Method.GET, RESULT.template(), request -> {
            RequestSpecification spec = authenticated(request).pathParam(RESULT.pathParameter(), taskResultId).accept(ContentType.JSON);
            return completed == null ? spec : spec.queryParam("completed", completed);
        });
        return read(HttpCaller.require(response, "GET " + RESULT.template()), ReportResults.class);
    }

    /** GET /v3/reports/{id}?fileFormat=. */
    public ReportFile getReport(String taskResultId, FileFormat format) {
        return getReport(taskResultId, format, null, null);
    }

    /** GET /v3/reports/{id}?fileFormat=&name=&auditable=; null name or auditable are left out. */
    public ReportFile getReport(String taskResultId, FileFormat format, String name, Boolean auditable) {
        Objects.requireNonNull(format, "format");
        Response response = http.call(Method.GET, REPORT.template(), request -> {
            RequestSpecification spec = authenticated(request)
                    .pathParam(REPORT.pathParameter(), taskResultId)
                    .queryParam("fileFormat", format.queryValue())
                    .header("Accept", acceptFor(format));
            if (name != null) {
                spec = spec.queryParam("name", name);
            }
            return auditable == null ? spec : spec.queryParam("auditable", auditable);
        });
        HttpCaller.require(response, "GET " + REPORT.template());
        return new ReportFile(response.asByteArray(), response.contentType(),
                response.header("Content-Disposition"));
    }

    /** POST /v3/reports/{id}/cancel; the document promises 204 and nothing else counts as success. */
    public void cancelReport(String taskResultId) {
        Response response = http.call(Method.POST, CANCEL.template(), request -> authenticated(request)
                .pathParam(CANCEL.pathParameter(), taskResultId)
                .accept(ContentType.JSON));
        HttpCaller.require(response, "POST " + CANCEL.template(), 204);
    }

    /**
     * Polls the report's result until it has a status (SUCCESS, FAILURE, WARNING, TERMINATED), waiting 100 ms
     * and then 1.5 times longer each poll, at most 2 s. A 429 or 5xx the retry policy gave up on does not end the
     * wait: its Retry-After (or the poll delay) is honoured until the timeout.
     *
     * @throws AwaitTimeoutException when no status arrived within {@code timeout}
     */
    public ReportResults awaitResult(String taskResultId, Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        Duration delay = FIRST_POLL_DELAY;
        ReportResults last = null;
        while (true) {
            Duration wait = delay;
            try {
                last = getReportResult(taskResultId);
                if (last.status() != null) {
                    return last;
                }
            } catch (ApiException e) {
                if (!RetryPolicy.isRetryable(e.status())) {
                    throw e;
                }
                Duration retryAfter = RetryAfter.parse(e.header("Retry-After").orElse(null), clock)
                        .orElse(Duration.ZERO);
                wait = retryAfter.compareTo(delay) > 0 ? retryAfter : delay;
            }
            Duration remaining = Duration.between(clock.instant(), deadline);
            if (remaining.isNegative() || remaining.isZero()) {
                throw new AwaitTimeoutException(taskResultId, timeout, last);
            }
            HttpCaller.sleep(sleeper, wait.compareTo(remaining) < 0 ? wait : remaining);
            Duration next = Duration.ofNanos((long) (delay.toNanos() * 1.5));
            delay = next.compareTo(MAX_POLL_DELAY) < 0 ? next : MAX_POLL_DELAY;
        }
    }

    /** A request with base URI, filters and a current bearer token, for scenarios that need raw access. */
    public RequestSpecification request() {
        return authenticated(http.newRequest());
    }

    /** A request with base URI and filters but no Authorization header. */
    public RequestSpecification unauthenticatedRequest() {
        return http.newRequest();
    }

    private RequestSpecification authenticated(RequestSpecification request) {
        return request.header("Authorization", "Bearer " + tokenProvider.accessToken());
    }

    static String acceptFor(FileFormat format) {
        return switch (format) {
            case CSV -> "text/csv, application/csv, application/zip;q=0.5, */*;q=0.1";
            case PDF -> "application/pdf, application/zip;q=0.5, */*;q=0.1";
        };
    }

    private static byte[] write(Object body) {
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + body + " as JSON", e);
        }
    }

    static <T> T read(Response response, Class<T> type) {
        byte[] body = response.asByteArray();
        try {
            return Json.mapper().readValue(body, type);
        } catch (IOException e) {
            throw new ClientException("Cannot read the " + response.statusCode() + " answer as "
                    + type.getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    public static final class Builder {
        private final URI baseUri;
        private TokenProvider tokenProvider;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private List<Filter> filters = List.of();
        private Sleeper sleeper = Sleeper.system();
        private Clock clock = Clock.systemUTC();
        private Duration connectTimeout = HttpCaller.CONNECT_TIMEOUT;
        private Duration readTimeout = HttpCaller.READ_TIMEOUT;

        private Builder(URI baseUri) {
            this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        }

        public Builder tokenProvider(TokenProvider tokenProvider) {
            this.tokenProvider = Objects.requireNonNull(tokenProvider);
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy);
            return this;
        }

        /** Filters every request passes through, in order (the acceptance suite adds its Allure filter here). */
        public Builder filters(List<Filter> filters) {
            this.filters = List.copyOf(filters);
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout);
            return this;
        }

        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Objects.requireNonNull(readTimeout);
            return this;
        }

        public ReportsClient build() {
            return new ReportsClient(this);
        }

        private Builder copy() {
            Builder copy = new Builder(baseUri);
            copy.tokenProvider = tokenProvider;
            copy.retryPolicy = retryPolicy;
            copy.filters = filters;
            copy.sleeper = sleeper;
            copy.clock = clock;
            copy.connectTimeout = connectTimeout;
            copy.readTimeout = readTimeout;
            return copy;
        }
    }
}
