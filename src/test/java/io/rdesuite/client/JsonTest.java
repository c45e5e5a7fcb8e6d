package io.rdesuite.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.rdesuite.api.model.ReportResults;
import io.rdesuite.api.ReportType;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static final String SEEN_IN_THE_WILD = """
            {"reportType":"SOMETHING_NEW","taskDefName":"x","id":"abc","created":"2024-07-01T22:35:38.709",
             "status":"SUCCESS","rows":3,"extra":true}""";

    @Test
    void mapper_toleratesUnknownFieldsEnumValuesAndZonelessTimestamps() throws Exception {
        ReportResults results = Json.mapper().readValue(SEEN_IN_THE_WILD, ReportResults.class);

        assertThat(results.reportType()).isNull();
        assertThat(results.created()).isEqualTo(OffsetDateTime.parse("2024-07-01T22:35:38.709Z"));
        assertThat(results.status()).isEqualTo(ReportResults.ReportStatus.SUCCESS);
        assertThat(results.rows()).isEqualTo(3);
    }

    @Test
    void mapper_keepsTheOffsetItReadsAndWritesIsoDates() throws Exception {
        ReportResults results = Json.mapper().readValue(
                "{\"created\":\"2026-01-02T03:04:05.678+02:00\"}", ReportResults.class);

        assertThat(results.created().getOffset().getTotalSeconds()).isEqualTo(7200);
        assertThat(Json.mapper().writeValueAsString(results)).contains("\"2026-01-02T03:04:05.678+02:00\"");
    }

    @Test
    void strictMapper_rejectsUnknownFields() {
        assertThatThrownBy(() -> Json.strictMapper().readValue("{\"id\":\"a\",\"extra\":1}", ReportResults.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void strictMapper_rejectsUnknownEnumValues() {
        assertThatThrownBy(() -> Json.strictMapper().readValue("\"SOMETHING_NEW\"", ReportType.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void strictMapper_rejectsTimestampsWithoutZone() {
        assertThatThrownBy(() -> Json.strictMapper().readValue(
                "{\"created\":\"2024-07-01T22:35:38.709\"}", ReportResults.class))
                .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
    }
}
