package io.rdesuite.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.support.OpenApiDocument;
import io.rdesuite.support.OpenApiDocument.DocumentedOperation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The table of operations in api.Operation is what every version's OpenAPI copy states")
class OperationTableTest {

    private static final JsonNode COPY = OpenApiDocument.read(OpenApiDocument.projectCopy());
    private static final String RUN = "/paths/~1reports~1run/post";
    private static final String CANCEL = "/paths/~1reports~1{id}~1cancel/post";

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    @DisplayName("every operation's id, method, path template, documented statuses and scopes equal the document's")
    void tableEqualsTheDocument(ApiVersion version) {
        JsonNode copy = OpenApiDocument.read(OpenApiDocument.projectCopy(version));

        assertThat(table(version)).isEqualTo(Set.copyOf(OpenApiDocument.operations(copy)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    @DisplayName("a version's cells name the operations by their v3 operationId, with the table's statuses")
    void cellsOfEveryVersion_areTheTablesCells(ApiVersion version) {
        Map<String, Set<Integer>> table = new LinkedHashMap<>();
        Arrays.stream(Operation.values()).forEach(op -> table.put(op.id(), new TreeSet<>(op.documentedStatuses())));

        assertThat(OpenApiDocument.cells(version)).isEqualTo(table);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ApiVersion.class, names = "V3", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("v3's copy does not state another version's table (the version is part of the comparison)")
    void anotherVersionsTableDiffers(ApiVersion version) {
        assertThat(table(version)).isNotEqualTo(Set.copyOf(OpenApiDocument.operations(COPY)));
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change("a status the operation no longer lists", d -> responses(d, RUN).remove("429")),
                change("a status the operation newly lists", d -> responses(d, CANCEL).putObject("404")),
                change("an operationId renamed", d -> at(d, RUN).put("operationId", "runReport")),
                change("a scope added", d -> ((ArrayNode) at(d, CANCEL).at("/security/0/userAuth")).add(Scopes.READ)),
                change("a path moved", d -> moved((ObjectNode) d.get("paths"), "/reports/run", "/reports/start")),
                change("a method changed", d -> moved(at(d, "/paths/~1reports~1{id}~1cancel"), "post", "put")),
                change("the server's base path changed", d -> ((ObjectNode) d.at("/servers/0"))
                        .put("url", "https://{tenant}.api.identitynow.com/v2024")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    @DisplayName("a document that differs from the table in one respect is found different")
    void aChangedDocumentIsFound(Consumer<ObjectNode> change) {
        ObjectNode changed = COPY.deepCopy();
        change.accept(changed);

        assertThat(table(ApiVersion.V3)).isNotEqualTo(Set.copyOf(OpenApiDocument.operations(changed)));
    }

    /** api.Operation as the document of {@code version} would state it. */
    private static Set<DocumentedOperation> table(ApiVersion version) {
        return Arrays.stream(Operation.values())
                .map(op -> new DocumentedOperation(version.operationId(op), op.method(), op.template(version),
                        new TreeSet<>(op.documentedStatuses()), new TreeSet<>(op.scopes())))
                .collect(Collectors.toSet());
    }

    private static Arguments change(String name, Consumer<ObjectNode> change) {
        return arguments(Named.of(name, change));
    }

    private static ObjectNode at(JsonNode document, String pointer) {
        return (ObjectNode) document.at(pointer);
    }

    private static ObjectNode responses(JsonNode document, String operation) {
        return at(document, operation + "/responses");
    }

    private static void moved(ObjectNode parent, String from, String to) {
        parent.set(to, parent.remove(from));
    }
}
