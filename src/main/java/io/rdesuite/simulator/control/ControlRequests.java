package io.rdesuite.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import io.rdesuite.simulator.http.ErrorBodies;
import io.rdesuite.simulator.http.SimJson;
import java.io.IOException;

/** How the control API reads its JSON bodies and refuses what it cannot use (400 ErrorResponseDto). */
final class ControlRequests {

    /** A change read from a JSON object body; it throws IllegalArgumentException for a value it cannot use. */
    @FunctionalInterface
    interface Change {
        ApiResponse apply(JsonNode body) throws IOException;
    }

    private ControlRequests() {
    }

    /** Reads the body (empty: {}) and applies the change; a body that is not an object or a refused value is a 400. */
    static ApiResponse withBody(ApiRequest request, Change change) {
        try {
            return change.apply(object(request));
        } catch (IOException | IllegalArgumentException e) {
            return bad(e.getMessage());
        }
    }

    static ApiResponse bad(String text) {
        return ApiResponse.json(400, ErrorBodies.dto(ErrorBodies.ILLEGAL_VALUE, text));
    }

    private static JsonNode object(ApiRequest request) throws IOException {
        if (request.body().length == 0) {
            return SimJson.MAPPER.createObjectNode();
        }
        JsonNode node;
        try {
            node = SimJson.read(request.body());
        } catch (IOException e) {
            throw new IOException("the body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new IOException("the body must be a JSON object");
        }
        return node;
    }
}
