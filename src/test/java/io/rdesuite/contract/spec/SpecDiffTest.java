package io.rdesuite.contract.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.support.OpenApiDocument;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The spec diff reports contract changes of the four operations, and nothing else. */
class SpecDiffTest {

    private static List<String> changes;

    @BeforeAll
    static void diffFixtures() throws Exception {
        changes = SpecDiff.diff(fixture("base.yaml"), fixture("newer.yaml"));
    }

    @Test
    void aParameterThatBecameRequired_isReported() {
        assertThat(changes).contains("getReportResult: ~ $.parameters.query completed.required: false -> true");
    }

    @Test
    void aNewResponseCode_isReported() {
        assertThat(changes).contains("getReportResult: + $.responses.404: {}");
    }

    @Test
    void aChangeInAReferencedResponse_isReported() {
        assertThat(changes).contains(
                "getReportResult: + $.responses.401.content.application/json.schema.properties.code: {\"type\":\"integer\"}");
    }

    @Test
    void aChangedPath_isReported() {
        assertThat(changes).contains("cancelReport: ~ $.path: \"/reports/{id}/cancel\" -> \"/reports/{id}/terminate\"");
    }

    @Test
    void schemasReferencedTransitively_areCompared() {
        assertThat(changes)
                .contains("schema ReportResults: ~ $.properties.rows.type: \"integer\" -> \"string\"")
                .contains("schema ReportResults: - $.properties.rows.format: \"int64\"")
                .contains("schema Status: + $.enum[2]: \"RUNNING\"");
    }

    @Test
    void proseExamplesOtherOperationsAndUnreferencedSchemas_areNotReported() {
        assertThat(changes).noneMatch(line -> line.contains("description") || line.contains("example")
                || line.contains("somethingElse") || line.contains("Unused"));
    }

    @Test
    void theProjectCopy_comparedWithItself_hasNoChanges() throws Exception {
        JsonNode copy = SpecDiff.read(OpenApiDocument.projectCopy().toString());

        assertThat(SpecDiff.diff(copy, copy)).isEmpty();
    }

    private static JsonNode fixture(String name) throws Exception {
        return SpecDiff.read("src/test/resources/spec-diff/" + name);
    }
}
