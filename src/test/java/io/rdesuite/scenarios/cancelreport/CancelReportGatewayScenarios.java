package io.rdesuite.scenarios.cancelreport;

import io.rdesuite.support.AbstractGatewayScenarios;
import io.rdesuite.support.Operation;
import org.junit.jupiter.api.DisplayName;

@DisplayName("cancelReport: authentication (401), scopes (403), rate limit (429) and faults (500)")
class CancelReportGatewayScenarios extends AbstractGatewayScenarios {

    @Override
    protected Operation operation() {
        return Operation.CANCEL_REPORT;
    }
}
