package io.rdesuite.simulator.gateway;

import static io.rdesuite.simulator.testing.SimHarness.HEX32;
import static io.rdesuite.simulator.testing.SimHarness.MANAGE;
import static io.rdesuite.simulator.testing.SimHarness.NONE;
import static io.rdesuite.simulator.testing.SimHarness.READ;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.testing.SharedSimulatorTest;
import io.rdesuite.simulator.testing.ValidCalls;
import io.restassured.response.Response;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which client scopes each operation accepts: sp:report:manage for all, sp:report:read for the two reads. */
class ScopeTest extends SharedSimulatorTest {

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(MANAGE, Operation.START_REPORT, 200),
                Arguments.of(MANAGE, Operation.GET_REPORT_RESULT, 200),
                Arguments.of(MANAGE, Operation.GET_REPORT, 200),
                Arguments.of(MANAGE, Operation.CANCEL_REPORT, 204),
                Arguments.of(READ, Operation.START_REPORT, 403),
                Arguments.of(READ, Operation.GET_REPORT_RESULT, 200),
                Arguments.of(READ, Operation.GET_REPORT, 200),
                Arguments.of(READ, Operation.CANCEL_REPORT, 403),
                Arguments.of(NONE, Operation.START_REPORT, 403),
                Arguments.of(NONE, Operation.GET_REPORT_RESULT, 403),
                Arguments.of(NONE, Operation.GET_REPORT, 403),
                Arguments.of(NONE, Operation.CANCEL_REPORT, 403));
    }

    @ParameterizedTest(name = "{0} calling {1} gets {2}")
    @MethodSource("table")
    void operation_isAllowedOnlyWithItsScope(String clientId, Operation operation, int expected) {
        String completed = h.completedReport(ReportExamples.json(ReportType.ACCOUNTS));

        Response response = ValidCalls.send(operation, h.as(clientId), completed);

        assertThat(response.statusCode()).isEqualTo(expected);
        if (expected == 403) {
            assertThat(response.<String>path("detailCode")).isEqualTo("403 Forbidden");
            assertThat(response.<String>path("trackingId")).matches(HEX32);
            assertThat(response.<String>path("messages[0].text"))
                    .isEqualTo("The server understood the request but refuses to authorize it.");
        }
    }
}
