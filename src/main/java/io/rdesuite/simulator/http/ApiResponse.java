package io.rdesuite.simulator.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** A response a handler returns; the server adapter writes it. */
public final class ApiResponse {
    private int status;
    private final String contentType;
    private final byte[] body;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private long delayMillis;

    public ApiResponse(int status, String contentType, byte[] body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body == null ? new byte[0] : body;
    }

    public static ApiResponse json(int status, Object value) {
        return new ApiResponse(status, "application/json;charset=utf-8", SimJson.bytes(value));
    }

    public static ApiResponse empty(int status) {
        return new ApiResponse(status, null, null);
    }

    public ApiResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public ApiResponse withoutHeader(String name) {
        headers.remove(name);
        return this;
    }

    public ApiResponse status(int status) {
        this.status = status;
        return this;
    }

    /** Holds the answer back this long (an armed latency fault). */
    public ApiResponse delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    public long delayMillis() {
        return delayMillis;
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] body() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
