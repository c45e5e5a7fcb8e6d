package io.rdesuite.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdesuite.config.ConfigurationException;
import io.rdesuite.config.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiVersionTest {

    @Test
    void parsesListsAllAndTheDefault() {
        assertThat(ApiVersion.parseList("v1, V3,v2025")).containsExactly(ApiVersion.V3, ApiVersion.V2025, ApiVersion.V1);
        assertThat(ApiVersion.parseList("all")).containsExactly(ApiVersion.values());
        assertThat(Settings.of(Map.of(), Map.of()).apiVersions()).containsExactly(ApiVersion.V3);
        assertThat(Settings.of(Map.of(), Map.of(Settings.API_VERSIONS, "v3,v1")).apiVersions())
                .containsExactly(ApiVersion.V3, ApiVersion.V1);
    }

    @Test
    void aWrongValueIsOneLineNamingTheAcceptedValues() {
        assertThatThrownBy(() -> Settings.of(Map.of(Settings.API_VERSIONS, "v3,v4"), Map.of()).apiVersions())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("SAIL_API_VERSIONS='v3,v4': unknown API version 'v4'; accepted: v3, v2024, v2025, v2026, v1, "
                        + "a comma-separated list of them, or all");
        assertThatThrownBy(() -> ApiVersion.parseList(" , ")).hasMessageStartingWith("no API version given; accepted:");
    }

    @Test
    void v1HasItsOwnPathsAndOperationIds() {
        assertThat(Operation.GET_REPORT_RESULT.template(ApiVersion.V1)).isEqualTo("/reports/v1/{taskResultId}/result");
        assertThat(Operation.CANCEL_REPORT.path(ApiVersion.V2025, "abc")).isEqualTo("/v2025/reports/abc/cancel");
        assertThat(Operation.START_REPORT.id(ApiVersion.V1)).isEqualTo("startReportV1");
        assertThat(ApiVersion.V1.operation("getReportV1")).contains(Operation.GET_REPORT);
        assertThat(ApiVersion.V1.operation("getReport")).isEmpty();
        assertThat(ApiVersion.V2024.operation("cancelReport")).contains(Operation.CANCEL_REPORT);
    }

    @Test
    void findsTheVersionAndOperationOfAPath() {
        assertThat(ApiVersion.ofPath("/base/reports/v1/abc/result")).contains(ApiVersion.V1);
        assertThat(ApiVersion.ofPath("/v2026/reports/run")).contains(ApiVersion.V2026);
        assertThat(ApiVersion.ofPath("/v3/reportsx/run")).isEmpty();
        assertThat(Operation.match("GET", "/reports/v1/abc/result")).contains(Operation.GET_REPORT_RESULT);
        assertThat(Operation.match("POST", "/v2024/reports/run")).contains(Operation.START_REPORT);
        assertThat(Operation.match("POST", "/v2024/reports/abc/cancel")).contains(Operation.CANCEL_REPORT);
        assertThat(Operation.match("GET", "/v9/reports/abc")).isEmpty();
    }
}
