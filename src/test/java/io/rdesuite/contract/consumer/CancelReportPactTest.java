package io.rdesuite.contract.consumer;

import static io.rdesuite.api.Operation.CANCEL_REPORT;
import static io.rdesuite.contract.ProviderStates.TASK_RESULT_ID_EXPRESSION;
import static io.rdesuite.contract.ReportsPact.CONSUMER;
import static io.rdesuite.contract.ReportsPact.PROVIDER;
import static io.rdesuite.contract.consumer.PactClients.authorized;
import static io.rdesuite.contract.consumer.PactClients.client;
import static io.rdesuite.contract.consumer.Shapes.EXAMPLE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.rdesuite.client.ApiException;
import io.rdesuite.contract.Cells;
import io.rdesuite.contract.ProviderStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** cancelReport: a running report is cancelled; a malformed id is refused. */
@ExtendWith(PactFileLock.class)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class CancelReportPactTest {

    static final String MALFORMED_ID = "not-a-task-id";

    @Pact(consumer = CONSUMER)
    V4Pact cancelRunningReport(PactDslWithProvider builder) {
        return authorized(builder
                .given(ProviderStates.RUNNING_IDENTITIES_REPORT)
                .uponReceiving("a request to cancel a running IDENTITIES report")
                .method(CANCEL_REPORT.method())
                .pathFromProviderState(CANCEL_REPORT.path(TASK_RESULT_ID_EXPRESSION), CANCEL_REPORT.path(EXAMPLE_ID)))
                .willRespondWith()
                .status(204)
                .toPact(V4Pact.class);
    }

    /**
     * A malformed id: 400 whatever the provider does with a well-formed id that names no report (an open choice,
     * cancel-unknown, which the scenarios observe).
     */
    @Pact(consumer = CONSUMER)
    V4Pact cancelMalformedId(PactDslWithProvider builder) {
        return authorized(builder
                .uponReceiving("a request to cancel a malformed report id")
                .method(CANCEL_REPORT.method())
                .path(CANCEL_REPORT.path(MALFORMED_ID)))
                .willRespondWith()
                .status(400)
                .body(Shapes.errorResponse("400(\\.\\d+)* .+", "400.1.3 Illegal value",
                        "No report task with id " + MALFORMED_ID))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "cancelRunningReport")
    void cancelReport_ofRunningReport_answers204(MockServer mockServer) {
        Cells.label(CANCEL_REPORT, 204);

        assertThatCode(() -> client(mockServer).cancelReport(EXAMPLE_ID)).doesNotThrowAnyException();
    }

    @Test
    @PactTestFor(pactMethod = "cancelMalformedId")
    void cancelReport_ofMalformedId_answers400WithErrorResponseDto(MockServer mockServer) {
        Cells.label(CANCEL_REPORT, 400);

        ApiException e = catchThrowableOfType(ApiException.class, () -> client(mockServer).cancelReport(MALFORMED_ID));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errorResponse()).isPresent();
    }
}
