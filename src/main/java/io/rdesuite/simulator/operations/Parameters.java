package io.rdesuite.simulator.operations;

import io.rdesuite.api.FileFormat;
import java.util.Locale;

/** How the operations read their query parameters. */
public final class Parameters {

    private Parameters() {
    }

    /** true or false, in any case. */
    public static boolean isBoolean(String value) {
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
    }

    /** The fileFormat parameter (csv or pdf, in any case), or null for anything else. */
    public static FileFormat fileFormat(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "csv" -> FileFormat.CSV;
            case "pdf" -> FileFormat.PDF;
            default -> null;
        };
    }
}
