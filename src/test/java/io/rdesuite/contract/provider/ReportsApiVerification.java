package io.rdesuite.contract.provider;

import static io.rdesuite.contract.ProviderStates.TASK_RESULT_ID;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import au.com.dius.pact.provider.IHttpClientFactory;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.HttpsTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junit5.TestTarget;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportType;
import io.rdesuite.client.ReportsClient;
import io.rdesuite.client.RetryPolicy;
import io.rdesuite.client.SimulatorControl;
import io.rdesuite.client.StaticTokenProvider;
import io.rdesuite.client.TokenProvider;
import io.rdesuite.config.ClientCredentials;
import io.rdesuite.contract.Cells;
import io.rdesuite.contract.ProviderStates;
import io.rdesuite.contract.ReportsPact;
import io.rdesuite.support.ReportRequests;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies the pinned pacts (contracts/pacts) against the provider: the embedded simulator, or the target from
 * configuration (SAIL_BASE_URL and its credentials). Every provider state is set up for real, through the
 * simulator's control API or by running reports. A state that cannot be set up on the target (a live tenant has
 * no control API) makes its interaction skipped with the reason: it is reported as not verified, never faked.
 */
@Provider(ReportsPact.PROVIDER)
@PactFolder("contracts/pacts")
@DisplayName("Pact provider verification: the pinned pacts against the target")
class ReportsApiVerification {

    private static final Duration REPORT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration HELD_RUNNING = Duration.ofMinutes(2);

    private static VerificationTarget target;
    private static TokenProvider manageToken;
    private static PactCoverage coverage;

    /** The token this interaction's request carries; a state may replace the full-access one. */
    private TokenProvider token;

    @BeforeAll
    static void connect() {
        target = VerificationTarget.current();
        manageToken = TokenProvider.forTarget(target.config());
        coverage = new PactCoverage();
    }

    @AfterAll
    static void writeCoverage() {
        target.coverageFile().ifPresent(coverage::write);
    }

    @BeforeEach
    void prepare(PactVerificationContext context) {
        context.setTarget(httpTarget(target.config().baseUri()));
        target.control().ifPresent(SimulatorControl::reset);
        token = manageToken;
        for (ProviderState state : context.getInteraction().getProviderStates()) {
            whyNotSettable(state.getName()).ifPresent(reason -> Assumptions.abort(
                    "Not verified on " + target.describe() + ": state '" + state.getName() + "' " + reason));
        }
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verifyInteraction(PactVerificationContext context, ClassicHttpRequest request) {
        Cell cell = cellOf(context.getInteraction());
        if (target.reportsResults()) {
            Cells.label(cell.operation(), cell.status());
        }
        request.setHeader("Authorization", "Bearer " + token.accessToken());

        context.verifyInteraction();

        coverage.verified(cell.operation().id(), cell.status());
    }

    @State(ProviderStates.COMPLETED_IDENTITIES_REPORT)
    Map<String, Object> completedIdentitiesReport() {
        String id = startIdentitiesReport();
        awaitStatus(id);
        return Map.of(TASK_RESULT_ID, id);
    }

    @State(ProviderStates.RUNNING_IDENTITIES_REPORT)
    Map<String, Object> runningIdentitiesReport() {
        control().setReportDuration(HELD_RUNNING);
        return Map.of(TASK_RESULT_ID, startIdentitiesReport());
    }

    @State(ProviderStates.NO_SUCH_REPORT)
    void noSuchReport() {
        // True by construction: a 32-hex id that no task of this run or of the tenant has.
    }

    @State(ProviderStates.TOKEN_EXPIRED)
    void tokenExpired() {
        token = new StaticTokenProvider(control().mintToken(manageClientId(), -60).accessToken());
    }

    @State(ProviderStates.READ_ONLY_CLIENT)
    void readOnlyClient() {
        token = TokenProvider.forCredentials(target.config().baseUri(), target.config().readOnly().orElseThrow());
    }

    @State(ProviderStates.RATE_LIMIT_USED_UP)
    void rateLimitUsedUp() {
        String clientId = manageClientId();
        String warm = manageToken.accessToken();
        control().setRateLimits("100/10s", Map.of(clientId, "1/60s"));
        client(new StaticTokenProvider(warm)).getReportResult(ProviderStates.UNKNOWN_ID);
    }

    private static String startIdentitiesReport() {
        String id = client().startReport(ReportRequests.details(ReportType.IDENTITIES)).id();
        if (id == null) {
            throw new IllegalStateException("startReport answered a task without an id");
        }
        return id;
    }

    /**
     * Waits until the report's result has a status, reading the raw JSON: a status outside the enum must reach
     * the verification and fail there, not hang the typed client's wait.
     */
    private static void awaitStatus(String id) {
        long deadline = System.nanoTime() + REPORT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String status = client().request().get(Operation.GET_REPORT_RESULT.template(), id).jsonPath()
                    .getString("status");
            if (status != null) {
                return;
            }
            sleep(POLL);
        }
        throw new IllegalStateException("Report " + id + " did not complete within " + REPORT_TIMEOUT);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Why a state cannot be set up on this target, or empty when it can. */
    private static Optional<String> whyNotSettable(String state) {
        boolean simulator = target.control().isPresent();
        return switch (state) {
            case ProviderStates.COMPLETED_IDENTITIES_REPORT, ProviderStates.NO_SUCH_REPORT -> Optional.empty();
            case ProviderStates.RUNNING_IDENTITIES_REPORT -> simulator ? Optional.empty() : Optional.of(
                    "needs a report held running, which only the simulator's control API can do");
            case ProviderStates.TOKEN_EXPIRED -> simulator ? Optional.empty() : Optional.of(
                    "needs an expired token, which only the simulator's control API can mint");
            case ProviderStates.RATE_LIMIT_USED_UP -> simulator ? Optional.empty() : Optional.of(
                    "needs the rate limit used up, which is not done to a live tenant");
            case ProviderStates.READ_ONLY_CLIENT -> target.config().readOnly().isPresent() ? Optional.empty()
                    : Optional.of("needs a read-only client: set SAIL_READONLY_CLIENT_ID and SAIL_READONLY_CLIENT_SECRET");
            default -> Optional.of("is not known to this verification");
        };
    }

    private static ReportsClient client() {
        return client(manageToken);
    }

    private static ReportsClient client(TokenProvider tokens) {
        return ReportsClient.builder(target.config().baseUri()).tokenProvider(tokens)
                .retryPolicy(RetryPolicy.none()).build();
    }

    private static SimulatorControl control() {
        return target.control().orElseThrow();
    }

    private static String manageClientId() {
        return target.config().credentials().map(ClientCredentials::id).orElseThrow(() ->
                new IllegalStateException("the target has no client id for the full-access client"));
    }

    /**
     * The target with a client that never retries: HttpClient 5 would otherwise honour a 429's Retry-After and
     * send the request again, hiding the answer under verification.
     */
    private static TestTarget httpTarget(URI baseUri) {
        boolean https = baseUri.getScheme().equals("https");
        int port = baseUri.getPort() >= 0 ? baseUri.getPort() : https ? 443 : 80;
        IHttpClientFactory noRetries = provider -> HttpClients.custom()
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .build();
        return https ? new HttpsTestTarget(baseUri.getHost(), port, "/", false, () -> noRetries)
                : new HttpTestTarget(baseUri.getHost(), port, "/", () -> noRetries);
    }

    static Cell cellOf(Interaction interaction) {
        SynchronousRequestResponse http = interaction.asSynchronousRequestResponse();
        String method = http.getRequest().getMethod();
        String path = http.getRequest().getPath();
        Operation operation = Operation.match(method, path).orElseThrow(() -> new IllegalStateException(
                "The pact's request " + method + " " + path + " is none of the four operations"));
        return new Cell(operation, http.getResponse().getStatus());
    }

    record Cell(Operation operation, int status) {
    }
}
