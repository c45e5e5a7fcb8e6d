package io.rdesuite.contract.consumer;

import static io.rdesuite.contract.ReportsPact.AUTHORIZATION_PATTERN;
import static io.rdesuite.contract.ReportsPact.PLACEHOLDER_TOKEN;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import io.rdesuite.client.ReportsClient;
import io.rdesuite.client.RetryPolicy;
import io.rdesuite.client.StaticTokenProvider;
import java.net.URI;

/** The project's own client, pointed at the Pact mock server with a placeholder token and no retries. */
final class PactClients {

    private PactClients() {
    }

    static ReportsClient client(MockServer mockServer) {
        return ReportsClient.builder(URI.create(mockServer.getUrl()))
                .tokenProvider(new StaticTokenProvider(PLACEHOLDER_TOKEN))
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    /** Every request carries a bearer token; the pact holds a placeholder, the provider side sends a real one. */
    static PactDslRequestWithPath authorized(PactDslRequestWithPath request) {
        return request.matchHeader("Authorization", AUTHORIZATION_PATTERN, "Bearer " + PLACEHOLDER_TOKEN);
    }
}
