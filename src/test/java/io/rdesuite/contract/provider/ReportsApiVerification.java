package io.rdesuite.contract.provider;

import static io.rdesuite.contract.ProviderStates.TASK_RESULT_ID;

import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.qameta.allure.Allure;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.choices.OpenChoice;
import io.rdesuite.api.model.ReportDetails;
import io.rdesuite.api.model.ReportResults;
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
import io.rdesuite.support.ReportTimeout;
import io.rdesuite.support.SharedReports;
import io.rdesuite.support.TargetApi;
import io.rdesuite.support.SuiteVersions;
import io.rdesuite.verdict.Observations;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Verifies the pinned pacts (contracts/pacts) against the provider, once for every API version the run covers
 * ({@link SuiteVersions}, from SAIL_API_VERSIONS): the embedded simulator, or the target from configuration
 * (SAIL_BASE_URL and its credentials). The pact is written in v3's paths; each request is moved to the version's
 * path family ({@link ReportsPact#pathIn}) before it is sent, and the provider states are set up through that
 * version too. Every provider state is set up for real, through the simulator's control API or by running reports.
 * A state that cannot be set up on the target (a live tenant has no control API) makes its interaction skipped
 * with the reason, labelled with its cell like every other result of it: it is reported as not verified, never
 * faked. {@code -Dreports.requireFullMatrix=true} makes the coverage matrix fail on such skips, naming them.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("versions")
@Provider(ReportsPact.PROVIDER)
@PactFolder("contracts/pacts")
@DisplayName("Pact provider verification: the pinned pacts against the target")
class ReportsApiVerification {

    private static final Duration HELD_RUNNING = Duration.ofMinutes(2);
    /** Cells of every version of this JVM's verification: written after each version, the last write has all. */
    private static final PactCoverage COVERAGE = new PactCoverage();

    private static VerificationTarget target;
    private static TokenProvider manageToken;

    /** The version under verification. */
    @Parameter
    ApiVersion version;

    /** The token this interaction's request carries; a state may replace the full-access one. */
    private TokenProvider token;

    /** The report {@link ProviderStates#RUNNING_IDENTITIES_REPORT} started for this interaction, if it ran. */
    private String heldRunning;

    static Stream<Named<ApiVersion>> versions() {
        return SuiteVersions.selected().stream().map(v -> Named.of(v.label(), v));
    }

    @BeforeAll
    static void connect() {
        target = VerificationTarget.current();
        manageToken = TokenProvider.forTarget(target.config());
    }

    @AfterAll
    static void writeCoverage() {
        target.coverageFile().ifPresent(COVERAGE::write);
    }

    /**
     * Labels the interaction with its cell first, so that whatever follows (a skip here, a failure later) is filed
     * under its operation and status like every other result of that cell; then skips it, with the reason, when a
     * provider state it needs cannot be set up on this target.
     */
    @BeforeEach
    void prepare(PactVerificationContext context) {
        COVERAGE.covering(version);
        InteractionCell cell = InteractionCell.of(context.getInteraction());
        if (target.reportsResults()) {
            Cells.label(version, cell.operation(), cell.status());
            Allure.getLifecycle().updateTestCase(result -> result.setName(version.label() + ": " + result.getName()));
        }
        context.setTarget(target.httpTarget());
        // keeps the reports: the completed ones the run shares ({@link SharedReports}) must outlive the reset
        target.control().ifPresent(SimulatorControl::resetKeepingReports);
        token = manageToken;
        heldRunning = null;
        for (ProviderState state : context.getInteraction().getProviderStates()) {
            whyNotSettable(state.getName()).ifPresent(reason -> Assumptions.abort(notInducible(state.getName(), reason)));
        }
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verifyInteraction(PactVerificationContext context, ClassicHttpRequest request) {
        InteractionCell cell = InteractionCell.of(context.getInteraction());
        if (heldRunning != null) {
            judgeRunning(heldRunning, cell.operation() == Operation.GET_REPORT_RESULT);
        }
        request.setPath(ReportsPact.pathIn(version, request.getPath()));
        request.setHeader("Authorization", "Bearer " + token.accessToken());

        context.verifyInteraction();

        COVERAGE.verified(version, cell.operation().id(), cell.status());
    }

    /**
     * On the suite's target, the shared IDENTITIES report of the version (started with all the others at once and
     * shared with the scenarios); on a target swapped in for a proof run, one of its own. Either way the wait is the
     * typed client's one waiter, ending at any status: a status outside the enum must reach the verification and
     * fail there.
     */
    @State(ProviderStates.COMPLETED_IDENTITIES_REPORT)
    Map<String, Object> completedIdentitiesReport() {
        if (target.reportsResults()) {
            return Map.of(TASK_RESULT_ID, TargetApi.of(version).completedReport());
        }
        String id = startIdentitiesReport(ReportRequests.details(ReportType.IDENTITIES));
        client(manageToken).awaitStatusShown(id, ReportTimeout.get());
        return Map.of(TASK_RESULT_ID, id);
    }

    /** A report of the state's own (not a shared one: the interaction may cancel it), held running. */
    @State(ProviderStates.RUNNING_IDENTITIES_REPORT)
    Map<String, Object> runningIdentitiesReport() {
        // a simulator holds it running; on a tenant a report just started runs (its reports take minutes)
        target.control().ifPresent(c -> c.setReportDuration(HELD_RUNNING));
        heldRunning = startIdentitiesReport(ReportRequests.own(ReportType.IDENTITIES));
        return Map.of(TASK_RESULT_ID, heldRunning);
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

    /** The budget of the version under verification (budgets may be counted per version). */
    @State(ProviderStates.RATE_LIMIT_USED_UP)
    void rateLimitUsedUp() {
        String clientId = manageClientId();
        String warm = manageToken.accessToken();
        control().setRateLimits("100/10s", Map.of(clientId, "1/60s"));
        client(new StaticTokenProvider(warm)).getReportResult(ProviderStates.UNKNOWN_ID);
    }

    private String startIdentitiesReport(ReportDetails details) {
        String id = client(manageToken).startReport(details).id();
        if (id == null) {
            throw new IllegalStateException("startReport answered a task without an id");
        }
        return id;
    }

    /**
     * Looks once at the report the state holds running, before its interaction is replayed. On a target without a
     * control API one that already ended (a target whose reports end within moments) cannot show what the
     * interaction verifies, so the interaction is skipped, never failed; a simulator holds it running, and there a
     * status is the simulator's fault, judged by the verification. How a running report's {@code /result} shows is
     * an open choice ({@link OpenChoice#RUNNING_RESULT}): a target that shows it as {@code {}} is observed, and the
     * pinned interaction for it, which describes the other honest answer (its fields, no status), is skipped with
     * that reason unless a profile pins the fields (then the observation fails, in one line).
     */
    private void judgeRunning(String id, boolean resultInteraction) {
        ReportResults answer = client(manageToken).getReportResult(id);
        if (target.control().isEmpty() && answer.status() != null) {
            Assumptions.abort(notInducible(ProviderStates.RUNNING_IDENTITIES_REPORT, "needs a report still running: "
                    + "the report had ended before its interaction could be replayed (this target's reports end "
                    + "within moments)"));
        }
        if (resultInteraction && answer.isEmpty()) {
            Observations.observe(version, OpenChoice.RUNNING_RESULT, "EMPTY", "for a report still running");
            Assumptions.abort("this target shows a running report's result as {} (running-result EMPTY, "
                    + Observations.HONEST_CHOICE_SKIP + "); the pinned interaction describes the other honest answer, "
                    + "its fields without a status");
        }
    }

    /** The reason of a skipped interaction, in the words the matrix and Allure's categories use for every skip. */
    static String notInducible(String state, String reason) {
        return "not inducible on this target: provider state '" + state + "' " + reason;
    }

    /** Why a state cannot be set up on this target, or empty when it can. */
    private static Optional<String> whyNotSettable(String state) {
        boolean simulator = target.control().isPresent();
        return switch (state) {
            // a report just started is running on a tenant (its reports take minutes): checked before the replay
            case ProviderStates.COMPLETED_IDENTITIES_REPORT, ProviderStates.NO_SUCH_REPORT,
                 ProviderStates.RUNNING_IDENTITIES_REPORT -> Optional.empty();
            case ProviderStates.TOKEN_EXPIRED -> simulator ? Optional.empty() : Optional.of(
                    "needs an expired token, which only the simulator's control API can mint (a tenant's tokens "
                            + "cannot be forged)");
            case ProviderStates.RATE_LIMIT_USED_UP -> simulator ? Optional.empty() : Optional.of(
                    "needs the client's rate limit used up for a minute, which only the simulator's control API "
                            + "can do; it is not done to a live tenant");
            case ProviderStates.READ_ONLY_CLIENT -> target.config().readOnly().isPresent() ? Optional.empty()
                    : Optional.of("needs a read-only client: set SAIL_READONLY_CLIENT_ID and SAIL_READONLY_CLIENT_SECRET");
            default -> Optional.of("is not known to this verification");
        };
    }

    /** A client of the version under verification that never retries. */
    private ReportsClient client(TokenProvider tokens) {
        return ReportsClient.builder(target.config().baseUri()).tokenProvider(tokens).version(version)
                .retryPolicy(RetryPolicy.none()).build();
    }

    private static SimulatorControl control() {
        return target.control().orElseThrow();
    }

    private static String manageClientId() {
        return target.config().credentials().map(ClientCredentials::id).orElseThrow(() ->
                new IllegalStateException("the target has no client id for the full-access client"));
    }
}
