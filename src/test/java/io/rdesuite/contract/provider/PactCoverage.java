package io.rdesuite.contract.provider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The (version, operation, status) cells that a verified pact interaction covers, written as
 * {"v3": {"startReport": {"200": true, "400": false, ...}, ...}, "v1": {...}} over all documented cells of every
 * version the verification ran for, for the coverage matrix (its pact column). Operations are named by their v3
 * operationId in every version, as the matrix names them.
 */
final class PactCoverage {

    private final Set<ApiVersion> versions = ConcurrentHashMap.newKeySet();
    private final Set<String> verified = ConcurrentHashMap.newKeySet();

    /** The verification runs for {@code version}: its cells are written, verified or not. */
    void covering(ApiVersion version) {
        versions.add(version);
    }

    void verified(ApiVersion version, String operationId, int status) {
        versions.add(version);
        verified.add(key(version, operationId, status));
    }

    boolean isVerified(ApiVersion version, String operationId, int status) {
        return verified.contains(key(version, operationId, status));
    }

    ObjectNode toJson() {
        ObjectNode root = new ObjectMapper().createObjectNode();
        Arrays.stream(ApiVersion.values()).filter(versions::contains).forEach(version -> {
            ObjectNode operations = root.putObject(version.label());
            for (Operation operation : Operation.values()) {
                ObjectNode cells = operations.putObject(operation.id());
                operation.documentedStatuses().forEach(status ->
                        cells.put(Integer.toString(status), isVerified(version, operation.id(), status)));
            }
        });
        verified.stream().sorted().forEach(cell -> {
            String[] parts = cell.split(" ");
            ObjectNode operations = (ObjectNode) root.get(parts[0]);
            ObjectNode cells = operations.has(parts[1]) ? (ObjectNode) operations.get(parts[1])
                    : operations.putObject(parts[1]);
            cells.put(parts[2], true);
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

    private static String key(ApiVersion version, String operationId, int status) {
        return version.label() + " " + operationId + " " + status;
    }
}
