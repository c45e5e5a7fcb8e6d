package io.rdesuite.simulator.defects;

import static io.rdesuite.simulator.testing.SimHarness.MANAGE;
import static io.rdesuite.simulator.testing.SimHarness.READ;
import static io.rdesuite.simulator.testing.SimHarness.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Defect;
import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.testing.SharedSimulatorTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** With VALIDATION_SKIPPED on, what the service refuses with 400 is accepted, except bodies that are not objects. */
class ValidationSkippedTest extends SharedSimulatorTest {

    @BeforeEach
    void skipValidation() {
        h.simulator().defects(Set.of(Defect.VALIDATION_SKIPPED));
    }

    @Test
    void startReport_withAnEmptyBody_startsAnIdentitiesReport() {
        Response response = start("");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.<String>path("reportType")).isEqualTo("IDENTITIES");
    }

    @Test
    void startReport_withRequiredArgumentsMissing_startsTheReportTypeAsked() {
        Response response = start("{\"reportType\":\"ACCOUNTS\",\"arguments\":{\"application\":\"2c91\"}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.<String>path("reportType")).isEqualTo("ACCOUNTS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"ACCOUNTS\"", "{\"reportType\":"})
    void startReport_withABodyThatIsNoObject_stillAnswers400(String body) {
        assertThat(start(body).statusCode()).isEqualTo(400);
    }

    @Test
    void getReportResult_withCompletedNotABoolean_answers200() {
        Response response = h.as(READ).queryParam("completed", "notabool")
                .get(Operation.GET_REPORT_RESULT.path(UNKNOWN_ID));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "xlsx"})
    void getReport_withoutAUsableFileFormat_servesTheCsv(String fileFormat) {
        String id = h.completedReport(ReportExamples.json(ReportType.ACCOUNTS));

        Response response = h.as(READ).queryParam("fileFormat", fileFormat).queryParam("auditable", "maybe")
                .get(Operation.GET_REPORT.path(id));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-disposition")).endsWith(".csv\"");
        assertThat(h.control("GET", "/audit-events", null).<List<?>>path("")).isEmpty();
    }

    private Response start(String body) {
        return h.as(MANAGE).contentType(ContentType.JSON).body(body).post(Operation.START_REPORT.template());
    }
}
