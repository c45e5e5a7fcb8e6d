package io.rdesuite.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.verdict.MarkedDeviations;
import io.rdesuite.verdict.MarkedDeviations.Mark;
import io.rdesuite.support.OpenApiDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Each version's OpenAPI copy differs from its published document only where it says so")
class ProjectCopyDiffersOnlyWhereMarkedTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    @DisplayName("removing the x-deviation objects from both documents leaves equal trees")
    void copyEqualsPublishedOutsideMarkedObjects(ApiVersion version) {
        assertThat(MarkedDeviations.unmarkedDifference(published(version), copy(version))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    @DisplayName("an unmarked change is found (the comparison is not vacuous)")
    void unmarkedChangeIsFound(ApiVersion version) throws IOException {
        JsonNode changed = new YAMLMapper().readTree(Files.readString(OpenApiDocument.projectCopy(version))
                .replace("example: Identities Details Report", "example: Something Else"));

        String getReport = Operation.GET_REPORT.template(version)
                .substring(OpenApiDocument.serverBasePath(changed).length()).replace("/", "~1");

        assertThat(MarkedDeviations.unmarkedDifference(published(version), changed))
                .hasValueSatisfying(d -> assertThat(d).contains("/paths/" + getReport + "/get/parameters"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    @DisplayName("every marker has id, published and reason, and its id is a row of contracts/DEVIATIONS.md")
    void everyMarkerIsDescribedAndListed(ApiVersion version) throws IOException {
        String table = Files.readString(OpenApiDocument.projectCopy(version).resolveSibling("../DEVIATIONS.md").normalize());
        List<Mark> marks = MarkedDeviations.marks(copy(version));

        assertThat(marks).isNotEmpty().allSatisfy(mark -> {
            assertThat(mark.id()).as("id at %s", mark.pointer()).matches("DEV-\\d{2}");
            assertThat(mark.marker().path("published").asText()).as("published at %s", mark.pointer()).isNotBlank();
            assertThat(mark.marker().path("reason").asText()).as("reason at %s", mark.pointer()).isNotBlank();
            assertThat(table).as("DEVIATIONS.md row for %s", mark.id()).contains("| " + mark.id() + " |");
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ApiVersion.class, names = "V3", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("the copy carries the markers of v3's copy, word for word")
    void copyCarriesTheMarkersOfV3(ApiVersion version) {
        assertThat(markers(copy(version))).isEqualTo(markers(copy(ApiVersion.V3)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    @DisplayName("the copy states the operations of the published document: ids, methods, paths, statuses, scopes")
    void copyStatesTheSameOperations(ApiVersion version) {
        assertThat(OpenApiDocument.operations(copy(version))).isEqualTo(OpenApiDocument.operations(published(version)));
    }

    private static List<JsonNode> markers(JsonNode copy) {
        return MarkedDeviations.marks(copy).stream().map(Mark::marker)
                .sorted(Comparator.comparing(JsonNode::toString)).toList();
    }

    private static JsonNode published(ApiVersion version) {
        return OpenApiDocument.read(OpenApiDocument.publishedCopy(version));
    }

    private static JsonNode copy(ApiVersion version) {
        return OpenApiDocument.read(OpenApiDocument.projectCopy(version));
    }
}
