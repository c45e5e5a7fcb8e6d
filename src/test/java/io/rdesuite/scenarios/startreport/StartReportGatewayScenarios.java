package io.rdesuite.scenarios.startreport;

import io.rdesuite.support.AbstractGatewayScenarios;
import io.rdesuite.support.Operation;
import org.junit.jupiter.api.DisplayName;

@DisplayName("startReport: authentication (401), scopes (403), rate limit (429) and faults (500)")
class StartReportGatewayScenarios extends AbstractGatewayScenarios {

    @Override
    protected Operation operation() {
        return Operation.START_REPORT;
    }
}
