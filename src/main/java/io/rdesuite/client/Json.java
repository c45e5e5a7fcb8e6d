package io.rdesuite.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The suite's two Jackson mappers. Both keep the offsets they read and write ISO-8601 dates.
 *
 * <p>{@link #mapper()} is the tolerant one the client reads with: unknown fields are ignored, unknown enum values
 * become null and a timestamp without a zone (seen in the wild) is read as UTC. {@link #strictMapper()} fails on
 * all three, as strict clients such as the Python SDK do; contract checks use it.
 *
 * <p>The instances are shared: do not reconfigure them, {@code copy()} them instead.
 */
public final class Json {

    private static final ObjectMapper LENIENT = base()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .registerModule(new SimpleModule("zone-tolerant-dates")
                    .addDeserializer(OffsetDateTime.class, new ZoneTolerantOffsetDateTime()));

    private static final ObjectMapper STRICT = base()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);

    private Json() {
    }

    public static ObjectMapper mapper() {
        return LENIENT;
    }

    public static ObjectMapper strictMapper() {
        return STRICT;
    }

    /** {@code value} as JSON bytes, written by the tolerant mapper. */
    static byte[] bytes(Object value) {
        try {
            return LENIENT.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value + " as JSON", e);
        }
    }

    /** The answer's body read as {@code type} by the tolerant mapper. */
    static <T> T read(Response response, Class<T> type) {
        return read(response, LENIENT.constructType(type));
    }

    static <T> T read(Response response, TypeReference<T> type) {
        return read(response, LENIENT.constructType(type));
    }

    private static <T> T read(Response response, JavaType type) {
        try {
            return LENIENT.readValue(response.asByteArray(), type);
        } catch (IOException e) {
            throw new ClientException("Cannot read the " + response.statusCode() + " answer as "
                    + type.getRawClass().getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static ObjectMapper base() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    private static final class ZoneTolerantOffsetDateTime extends JsonDeserializer<OffsetDateTime> {
        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException withoutOffset) {
                try {
                    return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
                } catch (DateTimeParseException e) {
                    return (OffsetDateTime) context.handleWeirdStringValue(OffsetDateTime.class, text,
                            "not an ISO-8601 date-time: %s", e.getMessage());
                }
            }
        }
    }
}
