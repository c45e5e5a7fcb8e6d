package io.rdesuite.scenarios.getreportresult;

import io.rdesuite.support.AbstractGatewayScenarios;
import io.rdesuite.support.Operation;
import org.junit.jupiter.api.DisplayName;

@DisplayName("getReportResult: authentication (401), scopes (403), rate limit (429) and faults (500)")
class GetReportResultGatewayScenarios extends AbstractGatewayScenarios {

    @Override
    protected Operation operation() {
        return Operation.GET_REPORT_RESULT;
    }
}
