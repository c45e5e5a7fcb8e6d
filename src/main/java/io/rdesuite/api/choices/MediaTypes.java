package io.rdesuite.api.choices;

import java.util.Locale;

/**
 * Media types as RFC 9110 (section 8.3.1) compares them: type and subtype case-insensitive, parameters (after
 * {@code ;}) not part of the type, white space around the parts ignored.
 */
public final class MediaTypes {

    private MediaTypes() {
    }

    /** "text/csv" of "Text/CSV; charset=UTF-8"; empty for null. */
    public static String essence(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int semicolon = mediaType.indexOf(';');
        String type = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
        return type.replace(" ", "").replace("\t", "").toLowerCase(Locale.ROOT);
    }

    /** Whether the two name the same type/subtype, whatever their case and parameters. */
    public static boolean sameType(String a, String b) {
        return essence(a).equals(essence(b));
    }
}
