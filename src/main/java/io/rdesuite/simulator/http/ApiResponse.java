package io.rdesuite.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response a handler returns and the server adapter writes; a {@link ResponseRewriter} may change it in between.
 * A JSON body is kept as the value it was made from and written once, when the adapter asks for {@link #body()}, so
 * an answer nobody rewrites is serialised exactly once and one that is rewritten is never parsed back.
 */
public final class ApiResponse {

    public static final String JSON = "application/json;charset=utf-8";
    private static final byte[] NO_BODY = new byte[0];

    private int status;
    private String contentType;
    private Object value;
    private byte[] body;
    private Map<String, String> headers;
    private long delayMillis;

    public ApiResponse(int status, String contentType, byte[] body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body == null ? NO_BODY : body;
    }

    /** A JSON answer of a record, map or tree. */
    public static ApiResponse json(int status, Object value) {
        ApiResponse response = new ApiResponse(status, JSON, null);
        response.value = value;
        response.body = null;
        return response;
    }

    public static ApiResponse empty(int status) {
        return new ApiResponse(status, null, null);
    }

    public int status() {
        return status;
    }

    public ApiResponse status(int status) {
        this.status = status;
        return this;
    }

    public String contentType() {
        return contentType;
    }

    public ApiResponse contentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    /** The bytes to send (a JSON value is written now, once). Never change the array: it may be shared. */
    public byte[] body() {
        if (body == null) {
            body = SimJson.bytes(value);
        }
        return body;
    }

    /** Replaces the body with other bytes (the content type stays). */
    public ApiResponse body(byte[] bytes) {
        this.body = bytes == null ? NO_BODY : bytes;
        this.value = null;
        return this;
    }

    public boolean isJson() {
        return contentType != null && contentType.startsWith("application/json");
    }

    /**
     * The JSON body as a tree to change in place, or null when the body is not a JSON object. Changes show in
     * {@link #body()}.
     */
    public ObjectNode jsonObject() {
        if (value instanceof ObjectNode object) {
            body = null;
            return object;
        }
        if (!isJson() || value instanceof JsonNode) {
            return null;
        }
        JsonNode tree;
        try {
            tree = value != null ? SimJson.MAPPER.valueToTree(value) : SimJson.read(body);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        if (!(tree instanceof ObjectNode object)) {
            return null;
        }
        value = object;
        body = null;
        return object;
    }

    /** Replaces the body with a JSON value. */
    public ApiResponse json(Object newValue) {
        this.contentType = JSON;
        this.value = newValue;
        this.body = null;
        return this;
    }

    public ApiResponse header(String name, String value) {
        if (headers == null) {
            headers = new LinkedHashMap<>(4);
        }
        headers.put(name, value);
        return this;
    }

    /** The value of a header set on this response, or null. */
    public String header(String name) {
        return headers == null ? null : headers.get(name);
    }

    /** Leaves a header out: one set here, or one the server adapter adds to every answer. */
    public ApiResponse withoutHeader(String name) {
        return header(name, null);
    }

    /** The headers set here; a null value means "leave this header out". */
    public Map<String, String> headers() {
        return headers == null ? Collections.emptyMap() : headers;
    }

    /** Holds the answer back this long (an armed latency fault). */
    public ApiResponse delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    public long delayMillis() {
        return delayMillis;
    }
}
