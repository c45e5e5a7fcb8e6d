package io.rdesuite.scenarios.gateway;

import static org.hamcrest.Matchers.startsWith;

import io.qameta.allure.SeverityLevel;
import io.rdesuite.api.Operation;
import io.rdesuite.support.EveryApiVersion;
import io.rdesuite.support.Scenario;
import io.rdesuite.support.TargetApi;
import io.rdesuite.support.TargetApi.Identity;
import io.rdesuite.support.ValidCalls;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.ParameterDeclarations;

@EveryApiVersion
@DisplayName("Gateway: every operation answers 403 to every client without its scope")
class ForbiddenScenarios {

    @ParameterizedTest(name = "{0} answers 403 to the {1} client")
    @ArgumentsSource(OperationsAndIdentitiesWithoutScope.class)
    @DisplayName("answers 403 ErrorResponseDto to a client without the operation's scope")
    void forbidden(Operation operation, Identity who) {
        Scenario.covers(operation, 403, "Authorisation", SeverityLevel.CRITICAL);
        TargetApi api = TargetApi.current();
        Optional<RequestSpecification> request = api.as(who);
        Scenario.requireTarget(request.isPresent(), "not inducible on this target: no " + who
                + " credentials (set SAIL_" + (who == Identity.READ_ONLY ? "READONLY" : "NOACCESS")
                + "_CLIENT_ID and _CLIENT_SECRET)");

        Response response = ValidCalls.send(operation, request.get(), api);

        response.then()
                .statusCode(403)
                .contentType(ContentType.JSON)
                .body("detailCode", startsWith("403"));
    }

    /** A read-only client lacks the scope of the operations that need sp:report:manage; a no-access one of all. */
    static final class OperationsAndIdentitiesWithoutScope implements ArgumentsProvider {
        @Override
        public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters,
                                                            ExtensionContext context) {
            return GatewayOperations.withVariants(context, operation -> operation.needsManage()
                    ? Stream.of(Identity.READ_ONLY, Identity.NO_ACCESS) : Stream.of(Identity.NO_ACCESS));
        }
    }
}
