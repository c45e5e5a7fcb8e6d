package io.rdesuite.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.rdesuite.support.MarkedDeviations;
import io.rdesuite.support.MarkedDeviations.Mark;
import io.rdesuite.support.OpenApiDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The project's OpenAPI copy differs from the published document only where it says so")
class ProjectCopyDiffersOnlyWhereMarkedTest {

    private final JsonNode published = OpenApiDocument.read(OpenApiDocument.publishedCopy());
    private final JsonNode copy = OpenApiDocument.read(OpenApiDocument.projectCopy());

    @Test
    @DisplayName("removing the x-deviation objects from both documents leaves equal trees")
    void copyEqualsPublishedOutsideMarkedObjects() {
        assertThat(MarkedDeviations.unmarkedDifference(published, copy)).isEmpty();
    }

    @Test
    @DisplayName("an unmarked change is found (the comparison is not vacuous)")
    void unmarkedChangeIsFound() throws IOException {
        JsonNode changed = new YAMLMapper().readTree(Files.readString(OpenApiDocument.projectCopy())
                .replace("example: Identities Details Report", "example: Something Else"));

        assertThat(MarkedDeviations.unmarkedDifference(published, changed))
                .hasValueSatisfying(d -> assertThat(d).contains("/paths/~1reports~1{taskResultId}/get/parameters"));
    }

    @Test
    @DisplayName("every marker has id, published and reason, and its id is a row of contracts/DEVIATIONS.md")
    void everyMarkerIsDescribedAndListed() throws IOException {
        String table = Files.readString(OpenApiDocument.projectCopy().resolveSibling("../DEVIATIONS.md").normalize());
        List<Mark> marks = MarkedDeviations.marks(copy);

        assertThat(marks).isNotEmpty().allSatisfy(mark -> {
            assertThat(mark.id()).as("id at %s", mark.pointer()).matches("DEV-\\d{2}");
            assertThat(mark.marker().path("published").asText()).as("published at %s", mark.pointer()).isNotBlank();
            assertThat(mark.marker().path("reason").asText()).as("reason at %s", mark.pointer()).isNotBlank();
            assertThat(table).as("DEVIATIONS.md row for %s", mark.id()).contains("| " + mark.id() + " |");
        });
    }

    @Test
    @DisplayName("the copy states the operations of the published document: ids, methods, paths, statuses, scopes")
    void copyStatesTheSameOperations() {
        assertThat(OpenApiDocument.operations(copy)).isEqualTo(OpenApiDocument.operations(published));
    }
}
