package io.rdesuite.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The pinned pact's v3 paths moved to another version's path family. */
class ReportsPactTest {

    private static final String ID = "ef38f94347e94562b5bb8424a56397d8";

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    void everyOperationsV3Path_becomesThatOperationsPathInTheVersion(ApiVersion version) {
        for (Operation op : Operation.values()) {
            assertThat(ReportsPact.pathIn(version, op.path(ID))).isEqualTo(op.path(version, ID));
        }
    }

    @Test
    void theQueryAndAPrefixBeforeTheBasePath_areKept() {
        assertThat(ReportsPact.pathIn(ApiVersion.V1, "/gw/v3/reports/" + ID + "/result?completed=true"))
                .isEqualTo("/gw/reports/v1/" + ID + "/result?completed=true");
    }

    @Test
    void aPathOutsideV3sFamily_isRefused() {
        assertThatThrownBy(() -> ReportsPact.pathIn(ApiVersion.V1, "/v2024/reports/run"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/v2024/reports/run");
    }
}
