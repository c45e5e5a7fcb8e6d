package io.rdesuite.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.contract.ReportsPact;
import io.rdesuite.support.OpenApiDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Contract and documents cannot drift apart: every pinned interaction agrees with the project's OpenAPI copy, in
 * v3's paths as written and in every other version's paths against that version's copy.
 */
class PactsAgreeWithOpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static PactOpenApiValidator validator;

    @BeforeAll
    static void loadDocument() {
        validator = new PactOpenApiValidator(OpenApiDocument.projectCopy());
    }

    @Test
    void everyPinnedInteraction_agreesWithTheOpenApiDocument() throws IOException {
        List<Path> pacts = pinnedPacts();
        assertThat(pacts).isNotEmpty();

        for (Path pact : pacts) {
            assertThat(validator.validate(pact)).as("problems in %s", pact).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ApiVersion.class, names = "V3", mode = EnumSource.Mode.EXCLUDE)
    void everyPinnedInteraction_inAnotherVersionsPaths_agreesWithThatVersionsDocument(ApiVersion version)
            throws IOException {
        PactOpenApiValidator inVersion = new PactOpenApiValidator(version);

        for (Path pact : pinnedPacts()) {
            assertThat(inVersion.validate(pact)).as("problems in %s for %s", pact, version.label()).isEmpty();
        }
    }

    @Test
    void thePinnedPactsV3Paths_areNotV1s() throws IOException {
        PactOpenApiValidator v1AsWritten = new PactOpenApiValidator(OpenApiDocument.projectCopy(ApiVersion.V1));

        assertThat(v1AsWritten.validate(pinnedPacts().get(0)))
                .anySatisfy(problem -> assertThat(problem).contains("validation.request.path.missing"));
    }

    @Test
    void anInteractionWithAStatusOutsideTheEnum_isCaught() throws IOException {
        ObjectNode interaction = interaction("a request for the result of a completed IDENTITIES report");
        ((ObjectNode) interaction.at("/response/body/content")).put("status", "DONE");

        assertThat(validator.validateInteraction(interaction))
                .anySatisfy(problem -> assertThat(problem).contains("validation.response.body.schema.enum"));
    }

    @Test
    void anInteractionWithRowsAsAString_isCaught() throws IOException {
        ObjectNode interaction = interaction("a request for the result of a completed IDENTITIES report");
        ((ObjectNode) interaction.at("/response/body/content")).put("rows", "193");

        assertThat(validator.validateInteraction(interaction))
                .anySatisfy(problem -> assertThat(problem).contains("validation.response.body.schema.type"));
    }

    @Test
    void anInteractionWithAnUndocumentedStatus_isCaught() throws IOException {
        ObjectNode interaction = interaction("a request to cancel a running IDENTITIES report");
        ((ObjectNode) interaction.get("response")).put("status", 200);

        assertThat(validator.validateInteraction(interaction))
                .anySatisfy(problem -> assertThat(problem).contains("validation.response.status.unknown"));
    }

    private static ObjectNode interaction(String description) throws IOException {
        for (Path pact : pinnedPacts()) {
            for (JsonNode interaction : JSON.readTree(pact.toFile()).path("interactions")) {
                if (interaction.path("description").asText().equals(description)) {
                    return (ObjectNode) interaction.deepCopy();
                }
            }
        }
        throw new IllegalStateException("No pinned interaction '" + description + "'");
    }

    private static List<Path> pinnedPacts() throws IOException {
        try (Stream<Path> files = Files.list(ReportsPact.PINNED_DIR)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
