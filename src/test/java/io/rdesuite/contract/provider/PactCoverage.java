package io.rdesuite.contract.provider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The (operation, status) cells that a verified pact interaction covers, written as
 * {"startReport": {"200": true, "400": false, ...}, ...} over all documented cells, for the coverage matrix.
 */
final class PactCoverage {

    private final Set<String> verified = ConcurrentHashMap.newKeySet();

    void verified(String operationId, int status) {
        verified.add(operationId + " " + status);
    }

    boolean isVerified(String operationId, int status) {
        return verified.contains(operationId + " " + status);
    }

    ObjectNode toJson() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        for (Operation operation : Operation.values()) {
            ObjectNode cells = root.putObject(operation.id());
            operation.documentedStatuses().forEach(status ->
                    cells.put(Integer.toString(status), isVerified(operation.id(), status)));
        }
        verified.stream().sorted().forEach(cell -> {
            String[] parts = cell.split(" ");
            ObjectNode cells = root.has(parts[0]) ? (ObjectNode) root.get(parts[0]) : root.putObject(parts[0]);
            cells.put(parts[1], true);
        });
        return root;
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
