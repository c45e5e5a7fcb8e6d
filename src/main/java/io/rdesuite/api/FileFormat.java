package io.rdesuite.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Report file formats: upper case in bodies (availableFormats), lower case in the fileFormat query parameter. */
public enum FileFormat {
    CSV("text/csv"),
    PDF("application/pdf");

    private final String registeredMediaType;

    FileFormat(String registeredMediaType) {
        this.registeredMediaType = registeredMediaType;
    }

    @JsonValue
    public String json() {
        return name();
    }

    /** Value of the fileFormat query parameter. */
    public String queryValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String registeredMediaType() {
        return registeredMediaType;
    }

    @JsonCreator
    public static FileFormat parse(String value) {
        return value == null ? null : valueOf(value.toUpperCase(Locale.ROOT));
    }
}
