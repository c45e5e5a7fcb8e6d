package io.rdesuite.contract.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.support.OpenApiDocument;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The spec diff reports contract changes of the four operations, and nothing else, within and across versions. */
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

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    void v3sPublishedDocument_comparedWithAnyVersionsPublishedDocument_hasNoChanges(ApiVersion version)
            throws Exception {
        assertThat(SpecDiff.diff(published(ApiVersion.V3), published(version))).isEmpty();
        assertThat(SpecDiff.diff(published(version), published(ApiVersion.V3))).isEmpty();
    }

    @Test
    void v1ComparedWithV3_isReadInV3sNames_andAChangeBeyondTheNamesIsReported() throws Exception {
        ObjectNode v1 = (ObjectNode) published(ApiVersion.V1);
        ((ObjectNode) v1.at("/paths/~1reports~1v1~1{taskResultId}/get/responses")).remove("404");
        ((ObjectNode) v1.at("/components/schemas/reportresults/properties/rows")).put("type", "string");

        assertThat(SpecDiff.diff(published(ApiVersion.V3), v1)).containsExactlyInAnyOrder(
                "getReport: - $.responses.404: {\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/ErrorResponseDto\"}}}}",
                "schema ReportResults: ~ $.properties.rows.type: \"integer\" -> \"string\"");
        assertThat(SpecDiff.crossVersion(published(ApiVersion.V3), v1)).hasValueSatisfying(note ->
                assertThat(note).contains("v1 read in v3's names", "/reports/v1/... as /v3/reports/..."));
    }

    @Test
    void theProjectCopyOfV3_comparedWithV2026_showsTheProjectsDeviationsOnly() throws Exception {
        List<String> v3 = SpecDiff.diff(copy(ApiVersion.V3), published(ApiVersion.V3));
        List<String> v2026 = SpecDiff.diff(copy(ApiVersion.V3), published(ApiVersion.V2026));

        assertThat(v2026).isNotEmpty().isEqualTo(v3);
    }

    @Test
    void aVersionLabel_namesThatVersionsDocument() {
        assertThat(SpecDiff.location("v2026", OpenApiDocument::publishedCopy))
                .endsWith(ApiVersion.V2026.publishedDocument());
        assertThat(SpecDiff.location("v1", OpenApiDocument::projectCopy)).endsWith("reports-v1.yaml");
        assertThat(SpecDiff.location("newer.yaml", OpenApiDocument::projectCopy)).isEqualTo("newer.yaml");
    }

    private static JsonNode published(ApiVersion version) throws Exception {
        return SpecDiff.read(OpenApiDocument.publishedCopy(version).toString());
    }

    private static JsonNode copy(ApiVersion version) throws Exception {
        return SpecDiff.read(OpenApiDocument.projectCopy(version).toString());
    }

    private static JsonNode fixture(String name) throws Exception {
        return SpecDiff.read("src/test/resources/spec-diff/" + name);
    }
}
