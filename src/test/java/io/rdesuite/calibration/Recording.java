package io.rdesuite.calibration;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One recorded run: what each scenario exchanged with the target, reduced to allow-listed facts (operation,
 * template, parameter names, status, the headers the suite checks, body shapes); ids as placeholders. The file
 * format is documented in docs/calibration.md; {@link #FORMAT} changes when it does.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recording(int format, String target, List<String> versions, List<ScenarioRun> scenarios,
                        Map<String, List<String>> csvHeaders, JsonNode rateLimit) {

    public static final int FORMAT = 1;

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** One scenario (one test invocation) and its steps in the order they were sent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScenarioRun(String id, String name, String apiVersion, List<Step> steps) {
    }

    /**
     * One request and its answer. {@code query}: allow-listed parameter values, other names as "present";
     * {@code ids}: path parameter to placeholder; {@code client}: the caller as a placeholder ("none" without
     * credentials); {@code atMs}: since the run began; {@code elapsedMs}: until the answer came.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(String operation, String method, String template, String apiVersion,
                       Map<String, String> query, Map<String, String> ids, String client, JsonNode bodyShape,
                       int status, Map<String, String> headers, JsonNode shape, long atMs, long elapsedMs) {
    }

    public static Recording read(Path file) {
        try {
            Recording r = MAPPER.readValue(file.toFile(), Recording.class);
            if (r.format() != FORMAT) {
                throw new IllegalArgumentException(file + " is a recording of format " + r.format() + "; this suite reads "
                        + FORMAT);
            }
            return r;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a recording: " + e.getMessage().lines().findFirst()
                    .orElse(""), e);
        }
    }

    public Path write(Path file) {
        return write(file, this);
    }

    /** Writes {@code value} as indented JSON, making the folder. */
    static Path write(Path file, Object value) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            MAPPER.writeValue(file.toFile(), value);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
