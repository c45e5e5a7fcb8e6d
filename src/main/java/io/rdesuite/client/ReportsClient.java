package io.rdesuite.client;

import static io.rdesuite.api.Operation.CANCEL_REPORT;
import static io.rdesuite.api.Operation.GET_REPORT;
import static io.rdesuite.api.Operation.GET_REPORT_RESULT;
import static io.rdesuite.api.Operation.START_REPORT;

import io.rdesuite.api.FileFormat;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.api.model.ReportDetails;
import io.rdesuite.api.model.ReportResults;
import io.rdesuite.api.model.TaskResultDetails;
import io.rdesuite.config.TargetConfig;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A typed client for the four Reports Data Extraction operations. Each instance has its own request
 * specification (base URI, timeouts, filters); 429, 502, 503 and 504 are retried as its {@link RetryPolicy} says;
 * any other unexpected status throws {@link ApiException}.
 */
public final class ReportsClient {

    private final ReportsClientBuilder settings;
    private final TokenProvider tokenProvider;
    private final HttpCaller http;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ReportTracker tracker;
    private final PollBudget pollBudget;

    ReportsClient(ReportsClientBuilder builder) {
        this.pollBudget = builder.pollBudgetOrDefault();
        this.settings = builder.copy();
        this.tokenProvider = Objects.requireNonNull(builder.tokenProvider, "tokenProvider");
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
        this.tracker = builder.tracker;
        List<Filter> filters = new ArrayList<>();
        filters.add(builder.tracker.filter(builder.owner));
        filters.addAll(builder.filters);
        this.http = new HttpCaller(builder.baseUri, filters, builder.retryPolicy, builder.sleeper,
                builder.clock, builder.connectTimeout, builder.readTimeout);
    }

    public static ReportsClientBuilder builder(URI baseUri) {
        return new ReportsClientBuilder(baseUri);
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

    /** The same client with connect and read timeouts of {@code timeout} (a bounded clean-up). */
    public ReportsClient withTimeout(Duration timeout) {
        return new ReportsClient(settings.copy().connectTimeout(timeout).readTimeout(timeout));
    }

    /** The same client calling another version's paths (the cross-version scenarios read one report through each). */
    public ReportsClient withVersion(ApiVersion version) {
        return new ReportsClient(settings.copy().version(version));
    }

    /** The version whose paths this client calls. */
    public ApiVersion version() {
        return settings.version;
    }

    public URI baseUri() {
        return http.baseUri();
    }

    public TokenProvider tokenProvider() {
        return tokenProvider;
    }

    /** POST /v3/reports/run. */
    public TaskResultDetails startReport(ReportDetails details) {
        byte[] body = Json.bytes(details);
        Response response = send(START_REPORT, null, request -> request
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(body));
        return Json.read(response, TaskResultDetails.class);
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
        Response response = send(GET_REPORT_RESULT, taskResultId, request -> completed == null
                ? request.accept(ContentType.JSON)
                : request.accept(ContentType.JSON).queryParam("completed", completed));
        return Json.read(response, ReportResults.class);
    }

    /** GET /v3/reports/{id}?fileFormat=. */
    public ReportFile getReport(String taskResultId, FileFormat format) {
        return getReport(taskResultId, format, null, null);
    }

    /** GET /v3/reports/{id}?fileFormat=&name=&auditable=; null name or auditable are left out. */
    public ReportFile getReport(String taskResultId, FileFormat format, String name, Boolean auditable) {
        Objects.requireNonNull(format, "format");
        Response response = send(GET_REPORT, taskResultId, request -> {
            RequestSpecification spec = request
                    .queryParam("fileFormat", format.queryValue())
                    .header("Accept", acceptFor(format));
            if (name != null) {
                spec = spec.queryParam("name", name);
            }
            return auditable == null ? spec : spec.queryParam("auditable", auditable);
        });
        return new ReportFile(response.asByteArray(), response.contentType(),
                response.header("Content-Disposition"));
    }

    /** POST /v3/reports/{id}/cancel; the document promises 204 and nothing else counts as success. */
    public void cancelReport(String taskResultId) {
        send(CANCEL_REPORT, taskResultId, request -> request.accept(ContentType.JSON));
    }

    /**
     * Sends {@code operation} with a bearer token and its path parameter set to {@code idParam} (null for none).
     * Throws {@link ApiException} unless it answers 204 where that is the operation's success, any 2xx elsewhere.
     */
    private Response send(Operation operation, String idParam, UnaryOperator<RequestSpecification> customizer) {
        String template = operation.template(settings.version);
        Response response = http.call(Method.valueOf(operation.method()), template, request -> {
            RequestSpecification spec = authenticated(request);
            return customizer.apply(idParam == null ? spec : spec.pathParam(operation.pathParameter(), idParam));
        });
        String name = operation.method() + " " + template;
        return operation.successStatus() == 204 ? HttpCaller.require(response, name, 204)
                : HttpCaller.require(response, name);
    }

    /**
     * Polls the report's result until it has a status (SUCCESS, FAILURE, WARNING, TERMINATED), waiting 100 ms
     * and then 1.5 times longer each poll, at most 2 s, each poll taking its turn in the client's
     * {@link PollBudget} (shared by every wait on the target). A 429 or 5xx the retry policy gave up on does not
     * end the wait: its Retry-After (or the poll delay) is honoured until the timeout. Gives up early when the
     * answers show the report cannot complete (see {@link UnexpectedResultException}), and at once when a wait
     * for a report of the same type already timed out on this client's tracker
     * ({@link ReportTypeTimedOutException}).
     *
     * @throws AwaitTimeoutException when no status arrived within {@code timeout}
     */
    public ReportResults awaitResult(String taskResultId, Duration timeout) {
        return await(taskResultId, ReportWait.Awaited.STATUS, timeout);
    }

    /**
     * As {@link #awaitResult}, for a report whose files are wanted: a final status other than SUCCESS or WARNING
     * (FAILURE, TERMINATED) throws {@link UnexpectedResultException} naming the report and its last answer.
     */
    public ReportResults awaitSuccess(String taskResultId, Duration timeout) {
        return await(taskResultId, ReportWait.Awaited.SUCCESS, timeout);
    }

    /**
     * As {@link #awaitResult}, but any status field ends the wait, even one outside the document's enum (read as
     * no status in the answer returned): for callers that judge the answer themselves (provider states, whose
     * verification must see such a status; the reports a suite shares).
     */
    public ReportResults awaitStatusShown(String taskResultId, Duration timeout) {
        return await(taskResultId, ReportWait.Awaited.STATUS_SHOWN, timeout);
    }

    /**
     * As {@link #awaitResult}, for a report just cancelled: {@code timeout} is how long the cancel may take to show
     * (the caller's cancel timeout), and running out of it does not count as a timed-out wait for the report's type.
     *
     * @throws AwaitTimeoutException when the report shows no end within {@code timeout}
     */
    public ReportResults awaitCancelled(String taskResultId, Duration timeout) {
        return await(taskResultId, ReportWait.Awaited.CANCELLED, timeout);
    }

    private ReportResults await(String taskResultId, ReportWait.Awaited awaited, Duration timeout) {
        return new ReportWait(taskResultId, awaited, tracker)
                .run(this::resultAnswer, this::fileServed, timeout, clock, sleeper, pollBudget);
    }

    /** Whether getReport serves the report's CSV file (2xx); any refusal (404 while it runs, ...) is a no. */
    private boolean fileServed(String taskResultId) {
        try {
            getReport(taskResultId, FileFormat.CSV);
            return true;
        } catch (ApiException refused) {
            return false;
        }
    }

    /** The budget this client's waits take their polls from. */
    public PollBudget pollBudget() {
        return pollBudget;
    }

    /** The reports this client (and its copies) started, until they are seen to end. */
    public ReportTracker tracker() {
        return tracker;
    }

    private Response resultAnswer(String taskResultId) {
        return send(GET_REPORT_RESULT, taskResultId, request -> request.accept(ContentType.JSON));
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
}
