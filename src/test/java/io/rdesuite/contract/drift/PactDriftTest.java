package io.rdesuite.contract.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.contract.ReportsPact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drift gate tells a change in meaning from noise, and the accept step makes the gate pass again. */
class PactDriftTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PACT = "reports-suite-client-isc-reports-api.json";
    private static final String COMPLETED_RESULT = "a request for the result of a completed IDENTITIES report";

    @TempDir
    Path dir;
    private ObjectNode pinned;

    @BeforeEach
    void readPinnedPact() throws IOException {
        pinned = (ObjectNode) JSON.readTree(ReportsPact.PINNED_DIR.resolve(PACT).toFile());
    }

    @Test
    void metadataKeysTestNamesAndOrder_areNotDrift() {
        ObjectNode fresh = pinned.deepCopy();
        ((ObjectNode) fresh.at("/metadata/pact-jvm")).put("version", "9.9.9");
        ((ObjectNode) fresh.at("/metadata/pactSpecification")).put("version", "4.1");
        ArrayNode interactions = (ArrayNode) fresh.get("interactions");
        ObjectNode first = (ObjectNode) interactions.remove(0);
        first.put("key", "0000000");
        ((ObjectNode) first.get("comments")).put("testname", "SomeOtherTest.renamed()");
        interactions.add(first);

        assertThat(PactDrift.compare(pinned, fresh)).isEmpty();
    }

    @Test
    void aChangedMatcher_isDrift() {
        ObjectNode fresh = pinned.deepCopy();
        ObjectNode rule = (ObjectNode) interaction(fresh, COMPLETED_RESULT)
                .at("/response/matchingRules/body/$.id/matchers/0");
        rule.put("regex", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

        assertThat(PactDrift.compare(pinned, fresh)).singleElement().asString()
                .startsWith("~ $.interactions.'" + COMPLETED_RESULT + "' given 'a completed IDENTITIES report exists'"
                        + ".response.matchingRules.body.$.id.matchers[0].regex: \"[0-9a-f]{32}\" -> ");
    }

    @Test
    void aRenamedField_isDrift() {
        ObjectNode fresh = pinned.deepCopy();
        ObjectNode body = (ObjectNode) interaction(fresh, COMPLETED_RESULT).at("/response/body/content");
        body.set("rowCount", body.remove("rows"));

        assertThat(PactDrift.compare(pinned, fresh))
                .anySatisfy(line -> assertThat(line).startsWith("- ").contains(".response.body.content.rows: 193"))
                .anySatisfy(line -> assertThat(line).startsWith("+ ").contains(".response.body.content.rowCount: 193"));
    }

    @Test
    void aDroppedInteraction_isDrift() {
        ObjectNode fresh = pinned.deepCopy();
        ArrayNode interactions = (ArrayNode) fresh.get("interactions");
        interactions.remove(interactions.size() - 1);

        assertThat(PactDrift.compare(pinned, fresh)).singleElement().asString().startsWith("- $.interactions.'");
    }

    @Test
    void theGate_failsWithTheDifference_andPassesOnceAccepted() throws IOException {
        Path fresh = Files.createDirectories(dir.resolve("fresh"));
        Path pinnedDir = Files.createDirectories(dir.resolve("pinned"));
        JSON.writeValue(pinnedDir.resolve(PACT).toFile(), pinned);
        ObjectNode changed = pinned.deepCopy();
        ((ObjectNode) interaction(changed, COMPLETED_RESULT).get("response")).put("status", 202);
        JSON.writeValue(fresh.resolve(PACT).toFile(), changed);
        String[] check = {"check", fresh.toString(), pinnedDir.toString()};

        assertThatThrownBy(() -> PactDrift.main(check))
                .hasMessageContaining(".response.status: 200 -> 202")
                .hasMessageContaining(PactDrift.ACCEPT_COMMAND);

        PactDrift.main(new String[] {"accept", fresh.toString(), pinnedDir.toString()});

        PactDrift.main(check);
        assertThat(PactDrift.compare(fresh, pinnedDir)).isEmpty();
    }

    @Test
    void theGate_withoutFreshPacts_comparesNothing() {
        String[] check = {"check", dir.resolve("absent").toString(), ReportsPact.PINNED_DIR.toString()};

        PactDrift.main(check);
    }

    private static JsonNode interaction(JsonNode pact, String description) {
        for (JsonNode interaction : pact.get("interactions")) {
            if (interaction.get("description").asText().equals(description)) {
                return interaction;
            }
        }
        throw new IllegalArgumentException(description);
    }
}
