package io.rdesuite.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.support.OpenApiDocument;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The example report bodies in api.ReportExamples are the OpenAPI copies' examples, in every version")
class ReportExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> DOCUMENTED =
            OpenApiDocument.exampleRequests(OpenApiDocument.read(OpenApiDocument.projectCopy()));

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReportType.class)
    @DisplayName("each report type's body equals the document's example, as JSON")
    void bodyEqualsTheDocumentsExample(ReportType type) throws Exception {
        assertThat(JSON.readTree(ReportExamples.json(type))).isEqualTo(DOCUMENTED.get(type.name()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ApiVersion.class, names = "V3", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("every other version's copy has the same example bodies as v3's")
    void everyVersionHasTheSameExamples(ApiVersion version) {
        assertThat(OpenApiDocument.exampleRequests(OpenApiDocument.read(OpenApiDocument.projectCopy(version))))
                .isNotEmpty().isEqualTo(DOCUMENTED);
    }

    @Test
    @DisplayName("the document has an example for every report type and for no other")
    void documentHasAnExampleForEveryReportType() {
        assertThat(DOCUMENTED.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ReportType.values()).map(ReportType::name).toList());
    }

    @Test
    @DisplayName("an ACCOUNTS body for another source is the example with that application")
    void accountsForAnotherSource_differsOnlyInItsApplication() throws Exception {
        ObjectNode expected = DOCUMENTED.get(ReportType.ACCOUNTS.name()).deepCopy();
        ((ObjectNode) expected.get("arguments")).put("application", "2c9180867d3b9b1a017d3c5a2c6d1234");

        assertThat(JSON.readTree(ReportExamples.accountsFor("2c9180867d3b9b1a017d3c5a2c6d1234"))).isEqualTo(expected);
    }
}
