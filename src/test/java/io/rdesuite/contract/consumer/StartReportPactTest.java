package io.rdesuite.contract.consumer;

import static io.rdesuite.api.Operation.START_REPORT;
import static io.rdesuite.contract.ReportsPact.CONSUMER;
import static io.rdesuite.contract.ReportsPact.PROVIDER;
import static io.rdesuite.contract.consumer.PactClients.authorized;
import static io.rdesuite.contract.consumer.PactClients.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.model.ReportArguments;
import io.rdesuite.api.model.ReportDetails;
import io.rdesuite.api.model.TaskResultDetails;
import io.rdesuite.client.ApiException;
import io.rdesuite.client.Json;
import io.rdesuite.contract.Cells;
import io.rdesuite.contract.ProviderStates;
import io.rdesuite.scenarios.gateway.RateLimitedAnswer;
import io.rdesuite.support.ReportRequests;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** startReport: the document's example report of each type, and the refusals the client must understand. */
@ExtendWith(PactFileLock.class)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class StartReportPactTest {

    /** IDENTITY_PROFILE_IDENTITY_ERROR requires authoritativeSource. */
    static final ReportDetails MISSING_REQUIRED_ARGUMENT = ReportDetails.of(
            new ReportArguments.IdentityProfileIdentityError(null));

    @Pact(consumer = CONSUMER)
    V4Pact startAccountsReport(PactDslWithProvider builder) {
        return started(builder, ReportType.ACCOUNTS);
    }

    @Pact(consumer = CONSUMER)
    V4Pact startIdentitiesDetailsReport(PactDslWithProvider builder) {
        return started(builder, ReportType.IDENTITIES_DETAILS);
    }

    @Pact(consumer = CONSUMER)
    V4Pact startIdentitiesReport(PactDslWithProvider builder) {
        return started(builder, ReportType.IDENTITIES);
    }

    @Pact(consumer = CONSUMER)
    V4Pact startIdentityProfileIdentityErrorReport(PactDslWithProvider builder) {
        return started(builder, ReportType.IDENTITY_PROFILE_IDENTITY_ERROR);
    }

    @Pact(consumer = CONSUMER)
    V4Pact startOrphanIdentitiesReport(PactDslWithProvider builder) {
        return started(builder, ReportType.ORPHAN_IDENTITIES);
    }

    @Pact(consumer = CONSUMER)
    V4Pact startSearchExportReport(PactDslWithProvider builder) {
        return started(builder, ReportType.SEARCH_EXPORT);
    }

    @Pact(consumer = CONSUMER)
    V4Pact startUncorrelatedAccountsReport(PactDslWithProvider builder) {
        return started(builder, ReportType.UNCORRELATED_ACCOUNTS);
    }

    @Pact(consumer = CONSUMER)
    V4Pact startReportWithoutRequiredArgument(PactDslWithProvider builder) {
        return authorized(builder
                .uponReceiving("a request to start an IDENTITY_PROFILE_IDENTITY_ERROR report without authoritativeSource")
                .method(START_REPORT.method())
                .path(START_REPORT.template()))
                .body(json(MISSING_REQUIRED_ARGUMENT), "application/json")
                .willRespondWith()
                .status(400)
                .body(Shapes.errorResponse("400(\\.\\d+)* .+", "400.1.0 Required Data Missing Or Empty",
                        "authoritativeSource is required"))
                .toPact(V4Pact.class);
    }

    @Pact(consumer = CONSUMER)
    V4Pact startReportAsReadOnlyClient(PactDslWithProvider builder) {
        return authorized(builder
                .given(ProviderStates.READ_ONLY_CLIENT)
                .uponReceiving("a request to start an IDENTITIES report by a client without sp:report:manage")
                .method(START_REPORT.method())
                .path(START_REPORT.template()))
                .body(ReportExamples.json(ReportType.IDENTITIES), "application/json")
                .willRespondWith()
                .status(403)
                .body(Shapes.errorResponse("403 Forbidden", "403 Forbidden",
                        "The server understood the request but refuses to authorize it."))
                .toPact(V4Pact.class);
    }

    @Pact(consumer = CONSUMER)
    V4Pact startReportOverRateLimit(PactDslWithProvider builder) {
        return authorized(builder
                .given(ProviderStates.RATE_LIMIT_USED_UP)
                .uponReceiving("a request to start an IDENTITIES report over the rate limit")
                .method(START_REPORT.method())
                .path(START_REPORT.template()))
                .body(ReportExamples.json(ReportType.IDENTITIES), "application/json")
                .willRespondWith()
                .status(429)
                .matchHeader("Retry-After", "\\d+", "10")
                .body(Shapes.rateLimited())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "startAccountsReport")
    void startReport_accounts_answersTheTask(MockServer mockServer) {
        assertStarted(mockServer, ReportType.ACCOUNTS);
    }

    @Test
    @PactTestFor(pactMethod = "startIdentitiesDetailsReport")
    void startReport_identitiesDetails_answersTheTask(MockServer mockServer) {
        assertStarted(mockServer, ReportType.IDENTITIES_DETAILS);
    }

    @Test
    @PactTestFor(pactMethod = "startIdentitiesReport")
    void startReport_identities_answersTheTask(MockServer mockServer) {
        assertStarted(mockServer, ReportType.IDENTITIES);
    }

    @Test
    @PactTestFor(pactMethod = "startIdentityProfileIdentityErrorReport")
    void startReport_identityProfileIdentityError_answersTheTask(MockServer mockServer) {
        assertStarted(mockServer, ReportType.IDENTITY_PROFILE_IDENTITY_ERROR);
    }

    @Test
    @PactTestFor(pactMethod = "startOrphanIdentitiesReport")
    void startReport_orphanIdentities_answersTheTask(MockServer mockServer) {
        assertStarted(mockServer, ReportType.ORPHAN_IDENTITIES);
    }

    @Test
    @PactTestFor(pactMethod = "startSearchExportReport")
    void startReport_searchExport_answersTheTask(MockServer mockServer) {
        assertStarted(mockServer, ReportType.SEARCH_EXPORT);
    }

    @Test
    @PactTestFor(pactMethod = "startUncorrelatedAccountsReport")
    void startReport_uncorrelatedAccounts_answersTheTask(MockServer mockServer) {
        assertStarted(mockServer, ReportType.UNCORRELATED_ACCOUNTS);
    }

    @Test
    @PactTestFor(pactMethod = "startReportWithoutRequiredArgument")
    void startReport_withoutRequiredArgument_answers400WithErrorResponseDto(MockServer mockServer) {
        Cells.label(START_REPORT, 400);

        ApiException e = catchThrowableOfType(ApiException.class,
                () -> client(mockServer).startReport(MISSING_REQUIRED_ARGUMENT));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errorResponse()).hasValueSatisfying(dto -> {
            assertThat(dto.detailCode()).startsWith("400");
            assertThat(dto.trackingId()).matches("[0-9a-f]{32}");
        });
    }

    @Test
    @PactTestFor(pactMethod = "startReportAsReadOnlyClient")
    void startReport_byReadOnlyClient_answers403WithErrorResponseDto(MockServer mockServer) {
        Cells.label(START_REPORT, 403);

        ApiException e = catchThrowableOfType(ApiException.class,
                () -> client(mockServer).startReport(ReportRequests.details(ReportType.IDENTITIES)));

        assertThat(e.status()).isEqualTo(403);
        assertThat(e.errorResponse()).hasValueSatisfying(dto -> assertThat(dto.detailCode()).isEqualTo("403 Forbidden"));
    }

    @Test
    @PactTestFor(pactMethod = "startReportOverRateLimit")
    void startReport_overRateLimit_answers429WithRetryAfter(MockServer mockServer) {
        Cells.label(START_REPORT, 429);

        ApiException e = catchThrowableOfType(ApiException.class,
                () -> client(mockServer).startReport(ReportRequests.details(ReportType.IDENTITIES)));

        assertThat(RateLimitedAnswer.check(e)).isEqualTo(Duration.ofSeconds(10));
    }

    private static V4Pact started(PactDslWithProvider builder, ReportType type) {
        return authorized(builder
                .uponReceiving("a request to start a report of type " + type)
                .method(START_REPORT.method())
                .path(START_REPORT.template()))
                .body(ReportExamples.json(type), "application/json")
                .willRespondWith()
                .status(200)
                .body(Shapes.taskResultDetails(type))
                .toPact(V4Pact.class);
    }

    private static void assertStarted(MockServer mockServer, ReportType type) {
        Cells.label(START_REPORT, 200);

        TaskResultDetails task = client(mockServer).startReport(ReportRequests.details(type));

        assertThat(task.id()).matches("[0-9a-f]{32}");
        assertThat(task.reportType()).isEqualTo(type);
        assertThat(task.created()).isNotNull();
    }

    static String json(ReportDetails details) {
        try {
            return Json.mapper().writeValueAsString(details);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
