package io.rdesuite.scenarios.gateway;

import static org.hamcrest.Matchers.startsWith;

import io.qameta.allure.SeverityLevel;
import io.rdesuite.api.Operation;
import io.rdesuite.support.BadCredentials;
import io.rdesuite.support.EveryApiVersion;
import io.rdesuite.support.Scenario;
import io.rdesuite.support.TargetApi;
import io.rdesuite.support.ValidCalls;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.ParameterDeclarations;

@EveryApiVersion
@DisplayName("Gateway: every operation answers 401 to every kind of bad credentials")
class UnauthorizedScenarios {

    @ParameterizedTest(name = "{0} answers 401 to {1}")
    @ArgumentsSource(OperationsAndCredentials.class)
    @DisplayName("answers 401 with {\"error\": \"JWT validation failed...\"} to a request without valid credentials")
    void unauthorized(Operation operation, BadCredentials credentials) {
        Scenario.covers(operation, 401, "Authentication", SeverityLevel.BLOCKER);
        TargetApi api = TargetApi.current();

        Response response = ValidCalls.send(operation, credentials.request(api), api);

        response.then()
                .statusCode(401)
                .contentType(ContentType.JSON)
                .body("error", startsWith("JWT validation failed"));
    }

    static final class OperationsAndCredentials implements ArgumentsProvider {
        @Override
        public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters,
                                                            ExtensionContext context) {
            return GatewayOperations.withVariants(context, operation -> Arrays.stream(BadCredentials.values()));
        }
    }
}
