package io.rdesuite.support;

import static io.restassured.RestAssured.given;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.model.ReportResults;
import io.rdesuite.api.model.TaskResultDetails;
import io.rdesuite.client.AwaitTimeoutException;
import io.rdesuite.client.ClientCredentialsTokenProvider;
import io.rdesuite.client.ReportTracker;
import io.rdesuite.client.ReportsClient;
import io.rdesuite.client.SimulatorControl;
import io.rdesuite.client.TokenProvider;
import io.rdesuite.client.UnexpectedResultException;
import io.rdesuite.config.ClientCredentials;
import io.rdesuite.config.TargetConfig;
import io.rdesuite.verdict.ResponseContract;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.filter.Filter;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What scenarios use to talk to the target in one API version: per identity, a fresh REST Assured request
 * specification with the base URI, a bearer token and the suite's filters (contract validation, request id,
 * redacting Allure filter and, except for bursts, the 429 courtesy); the version's path templates
 * ({@link #template}); a typed client on the version's paths for arranging; the control API when the target has
 * one. There is one per (target, version); the versions of a target share its tokens' clients and its one
 * {@link ReportTracker}: the run cancels what is left running at its end and when interrupted (see
 * {@link SuiteTarget#cleansUp}).
 */
public final class TargetApi {

    /** Who a request is sent as. */
    public enum Identity { MANAGE, READ_ONLY, NO_ACCESS }

    private static final Map<Key, TargetApi> BY_TARGET = new ConcurrentHashMap<>();
    /** Tokens are a client's, whatever version it calls: one set per target. */
    private static final Map<SuiteTarget, Map<Identity, Optional<TokenProvider>>> TOKENS = new ConcurrentHashMap<>();
    /** Who starts the suite's reports: only the full-access identity may. */
    private static final String STARTER = "manage";

    private record Key(SuiteTarget target, ApiVersion version) {
    }

    private final SuiteTarget target;
    private final ApiVersion version;
    private final Map<Identity, Optional<TokenProvider>> tokens;
    private final ReportTracker tracker;
    private final ReportsClient client;
    private final ReportsClient waitingClient;

    private TargetApi(Key key) {
        this.target = key.target();
        this.version = key.version();
        this.tokens = TOKENS.computeIfAbsent(target, t -> new ConcurrentHashMap<>());
        this.tracker = target.tracker();
        this.client = ReportsClient.builder(target.config().baseUri())
                .version(version)
                .tokenProvider(token(Identity.MANAGE).orElseThrow())
                .tracker(tracker, STARTER)
                .filters(filters(true))
                .build();
        this.waitingClient = ReportsClient.builder(target.config().baseUri())
                .version(version)
                .tokenProvider(token(Identity.MANAGE).orElseThrow())
                .tracker(tracker, STARTER)
                .filters(filters(true, false))
                .build();
    }

    /** The API of the current suite target in the version the running scenario covers ({@link SuiteVersions#current()}). */
    public static TargetApi current() {
        return of(SuiteVersions.current());
    }

    /** The API of the current suite target in {@code version}. */
    public static TargetApi of(ApiVersion version) {
        return BY_TARGET.computeIfAbsent(new Key(SuiteTarget.get(), version), TargetApi::new);
    }

    public SuiteTarget target() {
        return target;
    }

    /** The version whose paths this API calls. */
    public ApiVersion version() {
        return version;
    }

    /** The operation's path template in this version, e.g. /reports/v1/{taskResultId} for getReport in v1. */
    public String template(Operation operation) {
        return operation.template(version);
    }

    public TargetConfig config() {
        return target.config();
    }

    public Optional<SimulatorControl> control() {
        return target.control();
    }

    /** A request as {@code who}, or empty when the target has no credentials for that identity. */
    public Optional<RequestSpecification> as(Identity who) {
        return token(who).map(t -> given().spec(base(true)).header("Authorization", "Bearer " + t.accessToken()));
    }

    /** A request as the client that runs reports (sp:report:manage). */
    public RequestSpecification manage() {
        return as(Identity.MANAGE).orElseThrow();
    }

    /** A request as {@code who} without the 429 courtesy, for bursts. */
    public Optional<RequestSpecification> burstAs(Identity who) {
        return token(who).map(t -> given().spec(base(false)).header("Authorization", "Bearer " + t.accessToken()));
    }

    /** A request with exactly this Authorization header (null: none). */
    public RequestSpecification withAuthorization(String authorization) {
        RequestSpecification spec = given().spec(base(true));
        return authorization == null ? spec : spec.header("Authorization", authorization);
    }

    /** A bearer token of the client that runs reports. */
    public String manageToken() {
        return token(Identity.MANAGE).orElseThrow().accessToken();
    }

    public Optional<String> clientId(Identity who) {
        return credentials(who).map(ClientCredentials::id);
    }

    /** The typed client on this version's paths, for arranging (its own retries honour Retry-After). */
    public ReportsClient client() {
        return client;
    }

    /**
     * Starts a report of {@code type} that the scenario owns (holds running, cancels), through the typed client:
     * arguments of the same meaning as the document's example, never those of a shared report
     * ({@link ReportRequests#own}).
     */
    public TaskResultDetails startReport(ReportType type) {
        return client.startReport(ReportRequests.own(type));
    }

    /**
     * Waits for the report's result until it has a status, within {@link ReportTimeout}. Fails at once, as an
     * assertion on the API, when the answers show the report cannot complete ({@link UnexpectedResultException}:
     * {} for a report seen before, another id or report type); a wait that times out, or that is not made
     * because one for the same report type already timed out on this target, is broken (no verdict).
     */
    public ReportResults awaitResult(String id) {
        return verdict(() -> client.awaitResult(id, ReportTimeout.get()));
    }

    /**
     * The result of a report just cancelled, once it shows an end: a cancel that has not taken effect within
     * {@link ReportTimeout#cancel()} fails, naming the last answer, instead of waiting for the report to run its
     * course (and without counting as a timed-out wait for its report type).
     */
    public ReportResults awaitCancelled(String id) {
        Duration timeout = ReportTimeout.cancel();
        try {
            return verdict(() -> client.awaitCancelled(id, timeout));
        } catch (AwaitTimeoutException e) {
            throw new AssertionError("report " + id + " was cancelled but shows no end after " + timeout.toSeconds()
                    + " s (-D" + ReportTimeout.CANCEL_SETTING + "); last answer: " + e.lastAnswer(), e);
        }
    }

    /** As {@link #awaitResult}, and a final status other than SUCCESS or WARNING fails at once too. */
    public ReportResults awaitSuccess(String id) {
        return verdict(() -> client.awaitSuccess(id, ReportTimeout.get()));
    }

    /** The reports the suite started on this target until seen to end; cancelled at the end and on interrupt. */
    public ReportTracker tracker() {
        return tracker;
    }

    private static ReportResults verdict(Supplier<ReportResults> wait) {
        try {
            return wait.get();
        } catch (UnexpectedResultException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /**
     * The shared report of {@code type} in this version: started with the document's example together with every
     * other shared report, once per target ({@link SharedReports}). Read it, never cancel it.
     */
    public SharedReports.Shared shared(ReportType type) {
        return SharedReports.current().get(version, type);
    }

    /**
     * The id of the shared IDENTITIES report once it ended (with any status: the caller judges its result).
     */
    public String completedReport() {
        SharedReports.Shared identities = shared(ReportType.IDENTITIES);
        identities.result();
        return identities.id();
    }

    /**
     * A completed report of every type (SUCCESS or WARNING), the shared ones: the downloads of every type and
     * format read them.
     */
    public Map<ReportType, ReportResults> completedReports() {
        Map<ReportType, ReportResults> completed = new EnumMap<>(ReportType.class);
        SharedReports.current().all(version).forEach((type, shared) -> completed.put(type, shared.successful()));
        return Map.copyOf(completed);
    }

    /** The typed client without the Allure filter: the shared reports' waits run outside any test's thread. */
    ReportsClient waitingClient() {
        return waitingClient;
    }

    private RequestSpecification base(boolean courtesy) {
        return new RequestSpecBuilder()
                .setBaseUri(target.config().baseUri().toString())
                .addFilter(tracker.filter(STARTER))
                .addFilters(filters(courtesy))
                .build();
    }

    private static List<Filter> filters(boolean courtesy) {
        return filters(courtesy, true);
    }

    private static List<Filter> filters(boolean courtesy, boolean allure) {
        List<Filter> filters = new ArrayList<>(List.of(ResponseContract.validation(), ResponseContract.requestId()));
        if (allure) {
            filters.add(RedactingAllureFilter.get());
        }
        filters.add(io.rdesuite.calibration.RecordingFilter.INSTANCE);
        if (courtesy) {
            filters.add(RateLimitCourtesyFilter.INSTANCE);
        }
        return filters;
    }

    private Optional<TokenProvider> token(Identity who) {
        return tokens.computeIfAbsent(who, w -> switch (w) {
            case MANAGE -> Optional.of(TokenProvider.forTarget(target.config()));
            default -> credentials(w).map(c -> (TokenProvider) ClientCredentialsTokenProvider
                    .builder(target.config().baseUri(), c).build());
        });
    }

    private Optional<ClientCredentials> credentials(Identity who) {
        TargetConfig c = target.config();
        return switch (who) {
            case MANAGE -> c.credentials();
            case READ_ONLY -> c.readOnly();
            case NO_ACCESS -> c.noAccess();
        };
    }
}
