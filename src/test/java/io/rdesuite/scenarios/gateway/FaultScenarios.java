package io.rdesuite.scenarios.gateway;

import static org.hamcrest.Matchers.startsWith;

import io.qameta.allure.SeverityLevel;
import io.rdesuite.api.Operation;
import io.rdesuite.client.SimulatorControl;
import io.rdesuite.support.EveryApiVersion;
import io.rdesuite.support.Scenario;
import io.rdesuite.support.TargetApi;
import io.rdesuite.support.ValidCalls;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

@EveryApiVersion
@DisplayName("Gateway: every operation answers 500 ErrorResponseDto when a fault is armed for it")
class FaultScenarios {

    @ParameterizedTest(name = "{0} answers 500 to its armed fault")
    @ArgumentsSource(GatewayOperations.class)
    @DisplayName("answers 500 ErrorResponseDto when a fault is armed for it")
    void internalFault(Operation operation) {
        Scenario.covers(operation, 500, "Server fault", SeverityLevel.NORMAL);
        TargetApi api = TargetApi.current();
        Scenario.requireTarget(api.control().isPresent(), "not inducible on this target: a 500 needs the "
                + "simulator's control API (/__simulator/faults)");
        SimulatorControl control = api.control().get();
        api.completedReport();
        control.armFault(operation.id(), 500, 1, 0);
        try {
            Response response = ValidCalls.send(operation, api.manage(), api);

            response.then()
                    .statusCode(500)
                    .contentType(ContentType.JSON)
                    .body("detailCode", startsWith("500"));
        } finally {
            control.clearFaults();
        }
    }
}
