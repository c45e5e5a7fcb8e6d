package io.rdesuite.contract.consumer;

import static io.rdesuite.api.Operation.GET_REPORT_RESULT;
import static io.rdesuite.contract.ProviderStates.TASK_RESULT_ID_EXPRESSION;
import static io.rdesuite.contract.ReportsPact.CONSUMER;
import static io.rdesuite.contract.ReportsPact.PROVIDER;
import static io.rdesuite.contract.consumer.PactClients.authorized;
import static io.rdesuite.contract.consumer.PactClients.client;
import static io.rdesuite.contract.consumer.Shapes.EXAMPLE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.rdesuite.client.ApiException;
import io.rdesuite.client.Json;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.model.JwtErrorBody;
import io.rdesuite.api.model.ReportResults;
import io.rdesuite.api.ReportType;
import io.rdesuite.contract.Cells;
import io.rdesuite.contract.ProviderStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** getReportResult: a running report, a completed one, and an expired token. */
@ExtendWith(PactFileLock.class)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class GetReportResultPactTest {

    @Pact(consumer = CONSUMER)
    V4Pact getResultOfRunningReport(PactDslWithProvider builder) {
        return authorized(builder
                .given(ProviderStates.RUNNING_IDENTITIES_REPORT)
                .uponReceiving("a request for the result of a running IDENTITIES report")
                .method(GET_REPORT_RESULT.method())
                .pathFromProviderState(GET_REPORT_RESULT.path(TASK_RESULT_ID_EXPRESSION),
                        GET_REPORT_RESULT.path(EXAMPLE_ID)))
                .willRespondWith()
                .status(200)
                .body(Shapes.runningResult(ReportType.IDENTITIES))
                .toPact(V4Pact.class);
    }

    @Pact(consumer = CONSUMER)
    V4Pact getResultOfCompletedReport(PactDslWithProvider builder) {
        return authorized(builder
                .given(ProviderStates.COMPLETED_IDENTITIES_REPORT)
                .uponReceiving("a request for the result of a completed IDENTITIES report")
                .method(GET_REPORT_RESULT.method())
                .pathFromProviderState(GET_REPORT_RESULT.path(TASK_RESULT_ID_EXPRESSION),
                        GET_REPORT_RESULT.path(EXAMPLE_ID))
                .query("completed=true"))
                .willRespondWith()
                .status(200)
                .body(Shapes.completedResult(ReportType.IDENTITIES))
                .toPact(V4Pact.class);
    }

    @Pact(consumer = CONSUMER)
    V4Pact getResultWithExpiredToken(PactDslWithProvider builder) {
        return authorized(builder
                .given(ProviderStates.TOKEN_EXPIRED)
                .uponReceiving("a request for a report result with an expired token")
                .method(GET_REPORT_RESULT.method())
                .path(GET_REPORT_RESULT.path(EXAMPLE_ID)))
                .willRespondWith()
                .status(401)
                .body(Shapes.jwtError())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "getResultOfRunningReport")
    void getReportResult_ofRunningReport_hasNoStatusYet(MockServer mockServer) {
        Cells.label(GET_REPORT_RESULT, 200);

        ReportResults result = client(mockServer).getReportResult(EXAMPLE_ID);

        assertThat(result.id()).isEqualTo(EXAMPLE_ID);
        assertThat(result.reportType()).isEqualTo(ReportType.IDENTITIES);
        assertThat(result.status()).isNull();
        assertThat(result.availableFormats()).isNotEmpty();
    }

    @Test
    @PactTestFor(pactMethod = "getResultOfCompletedReport")
    void getReportResult_ofCompletedReport_hasStatusRowsAndFormats(MockServer mockServer) {
        Cells.label(GET_REPORT_RESULT, 200);

        ReportResults result = client(mockServer).getReportResult(EXAMPLE_ID, true);

        assertThat(result.status()).isEqualTo(ReportResults.ReportStatus.SUCCESS);
        assertThat(result.rows()).isNotNegative();
        assertThat(result.duration()).isNotNegative();
        assertThat(result.availableFormats()).contains(FileFormat.CSV);
    }

    @Test
    @PactTestFor(pactMethod = "getResultWithExpiredToken")
    void getReportResult_withExpiredToken_answers401WithJwtError(MockServer mockServer) throws Exception {
        Cells.label(GET_REPORT_RESULT, 401);

        ApiException e = catchThrowableOfType(ApiException.class,
                () -> client(mockServer).getReportResult(EXAMPLE_ID));

        assertThat(e.status()).isEqualTo(401);
        assertThat(Json.mapper().readValue(e.body(), JwtErrorBody.class).error()).isNotBlank();
    }
}
