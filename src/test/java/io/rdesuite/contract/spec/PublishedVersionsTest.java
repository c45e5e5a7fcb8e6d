package io.rdesuite.contract.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.verdict.JsonDiff;
import io.rdesuite.support.OpenApiDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the five published documents differ in for the four operations, computed: compared as contracts (info,
 * servers, tags, descriptions, summaries, examples and externalDocs left out; the document-wide security put on
 * every operation that has none of its own, where it applies), the yearly versions are v3 with their own base
 * path, and v1 is v3 in v1's names: paths under /reports/v1, operationIds ending in V1, schema names in lower case.
 * A change in one version's document fails these tests.
 */
@DisplayName("The published versions of the document differ only in their names")
class PublishedVersionsTest {

    private static final UnaryOperator<String> SAME = UnaryOperator.identity();
    /** A raw difference that is a name: a path, an operationId, a schema's key or a $ref to it. */
    private static final Map<String, Pattern> NAME_KINDS = Map.of(
            "operationId", Pattern.compile("^~ \\$\\.paths\\..*\\.(operationId|x-sailpoint-resource-operation-id): .*"),
            "schema name", Pattern.compile("^[-+] \\$\\.components\\.schemas\\.[^.]+: .*"),
            "$ref", Pattern.compile("^~ .*\\.\\$ref: \"#/components/schemas/[^\"]+\" -> \"#/components/schemas/[^\"]+\"$"));

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ApiVersion.class, names = "V3", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("in v3's names, each version's published document is v3's")
    void inV3sNames_everyVersionIsV3(ApiVersion version) {
        assertThat(inV3Names(version, published(version))).isEqualTo(contract(ApiVersion.V3, published(ApiVersion.V3)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    @DisplayName("in v3's names, each version's project copy is v3's (the same deviations everywhere)")
    void inV3sNames_everyProjectCopyIsV3s(ApiVersion version) {
        assertThat(inV3Names(version, copy(version))).isEqualTo(contract(ApiVersion.V3, copy(ApiVersion.V3)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ApiVersion.class, names = {"V2024", "V2025", "V2026"})
    @DisplayName("a yearly version is v3 with its own base path, nothing else")
    void aYearlyVersion_isV3WithItsBasePath(ApiVersion version) {
        JsonNode v3 = contract(ApiVersion.V3, published(ApiVersion.V3));

        assertThat(VersionNames.renamed(v3, ApiVersion.V3, version, "", SAME))
                .isEqualTo(contract(version, published(version)));
    }

    @Test
    @DisplayName("v1 is v3 in v1's names: paths under /reports/v1, operationIds ending in V1, lower-case schemas")
    void v1_isV3InV1sNames() {
        JsonNode v3 = contract(ApiVersion.V3, published(ApiVersion.V3));
        JsonNode v1 = contract(ApiVersion.V1, published(ApiVersion.V1));

        assertThat(VersionNames.renamed(v3, ApiVersion.V3, ApiVersion.V1, "", VersionNames::lowerCase)).isEqualTo(v1);
        assertThat(VersionNames.renamed(v3, ApiVersion.V3, ApiVersion.V1, "", SAME)).isNotEqualTo(v1);
    }

    @Test
    @DisplayName("with the paths aligned, the raw differences of v3 and v1 are operationIds and schema names only")
    void theRawDifferencesOfV3AndV1_areNamesOnly() {
        JsonNode v3 = contract(ApiVersion.V3, published(ApiVersion.V3));
        JsonNode v1 = contract(ApiVersion.V1, published(ApiVersion.V1));

        assertThat(names(v1.get("paths"))).doesNotContainAnyElementsOf(names(v3.get("paths")));
        assertThat(rawDifferencesByKind(v3, VersionNames.movedPaths(v1, ApiVersion.V1, ApiVersion.V3, "")))
                .containsOnlyKeys("operationId", "schema name", "$ref")
                .allSatisfy((kind, count) -> assertThat(count).as(kind).isPositive());
    }

    @Test
    @DisplayName("a difference of v1 beside the names is found: among the raw differences, and by the renaming")
    void aDifferenceBesideTheNames_isFound() {
        JsonNode v3 = contract(ApiVersion.V3, published(ApiVersion.V3));
        ObjectNode dropped = contract(ApiVersion.V1, published(ApiVersion.V1));
        ((ObjectNode) dropped.at("/paths/~1reports~1v1~1{taskResultId}/get/responses")).remove("404");
        ObjectNode retyped = contract(ApiVersion.V1, published(ApiVersion.V1));
        ((ObjectNode) retyped.at("/components/schemas/reportresults/properties/rows")).put("type", "string");

        assertThat(rawDifferencesByKind(v3, VersionNames.movedPaths(dropped, ApiVersion.V1, ApiVersion.V3, "")))
                .containsKey("other");
        assertThat(VersionNames.renamed(v3, ApiVersion.V3, ApiVersion.V1, "", VersionNames::lowerCase))
                .isNotEqualTo(dropped).isNotEqualTo(retyped);
    }

    @Test
    @DisplayName("a change in one yearly version (a status dropped, a type changed) is noticed")
    void aChangeInOneVersion_isNoticed() {
        JsonNode v3 = contract(ApiVersion.V3, published(ApiVersion.V3));
        ObjectNode dropped = inV3Names(ApiVersion.V2025, published(ApiVersion.V2025));
        ((ObjectNode) dropped.at("/paths/~1v3~1reports~1{taskResultId}/get/responses")).remove("404");
        ObjectNode retyped = inV3Names(ApiVersion.V2026, published(ApiVersion.V2026));
        ((ObjectNode) retyped.at("/components/schemas/ReportResults/properties/rows")).put("type", "string");

        assertThat(JsonDiff.diff(v3, dropped)).singleElement().asString().contains("responses.404");
        assertThat(JsonDiff.diff(v3, retyped)).singleElement().asString().contains("ReportResults.properties.rows.type");
    }

    /** Counts the raw differences of two contracts by kind of name ("other" for one that is no name). */
    private static Map<String, Long> rawDifferencesByKind(JsonNode before, JsonNode after) {
        return JsonDiff.diff(before, after).stream().collect(Collectors.groupingBy(line -> NAME_KINDS.entrySet()
                .stream().filter(kind -> kind.getValue().matcher(line).matches()).map(Map.Entry::getKey)
                .findFirst().orElse("other"), TreeMap::new, Collectors.counting()));
    }

    /** The document of {@code version} as a contract in v3's names (schemas spelled as v3's document spells them). */
    private static ObjectNode inV3Names(ApiVersion version, JsonNode document) {
        return VersionNames.renamed(contract(version, document), version, ApiVersion.V3, "",
                VersionNames.schemaNamesOf(published(ApiVersion.V3)));
    }

    /**
     * The document as a contract, in its own names: full paths, no servers, info, tags or prose, the document-wide
     * security on each operation without its own.
     */
    static ObjectNode contract(ApiVersion version, JsonNode document) {
        ObjectNode contract = (ObjectNode) SpecDiff.stripped(document);
        JsonNode security = contract.remove("security");
        contract.remove("info");
        if (security != null) {
            contract.path("paths").forEach(path -> path.fields().forEachRemaining(op -> {
                if (op.getValue() instanceof ObjectNode operation && !operation.has("security")) {
                    operation.set("security", security);
                }
            }));
        }
        return VersionNames.renamed(contract, version, version, "", SAME);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode published(ApiVersion version) {
        return OpenApiDocument.read(OpenApiDocument.publishedCopy(version));
    }

    private static JsonNode copy(ApiVersion version) {
        return OpenApiDocument.read(OpenApiDocument.projectCopy(version));
    }
}
