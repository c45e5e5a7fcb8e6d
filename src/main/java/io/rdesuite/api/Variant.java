package io.rdesuite.api;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Harmless changes the simulator can be told to make, so that the suite can be shown passing against a target
 * that differs from the simulator only in what the document leaves open: a gate that fails on one of these cries
 * wolf. Each is honest (nothing the document promises changes). None is on unless configured (in-process, by
 * flag, or through the control API).
 */
public enum Variant {
    EXTRA_FIELD("every JSON object of an answer carries one more, undocumented field"),
    REORDERED_KEYS("the keys of every JSON object come in reverse order"),
    JSON_CHARSET_SPELLING("JSON answers are typed application/json; charset=UTF-8 (a space, upper case)"),
    EXTRA_HEADERS("answers carry X-Request-Trace, Vary: Accept-Encoding and Cache-Control: no-store"),
    PRETTY_JSON("JSON bodies are indented over several lines"),
    TRACKING_ID_IS_REQUEST_ID("an error body's trackingId is another 32 lower-case hex value: its SLPT-Request-ID"),
    LONGER_RETRY_AFTER("Retry-After advises one second more than the wait the window needs"),
    SLOW_REPORTS("reports run twice as long as configured"),
    SLOW_ANSWERS("every answer of the API is held back 20 ms"),
    OFFSET_DATE_TIMES("date-times carry the offset +02:00 instead of Z (the same instant)"),
    GZIP_WHEN_ASKED("answers are gzip-encoded when the request accepts gzip"),
    EXTRA_ERROR_MESSAGE("ErrorResponseDto.messages carries a second entry, in another locale"),
    CSV_EXTRA_COLUMN("the CSV files (also in a SEARCH_EXPORT zip) carry one more column at the end, Region"),
    MEDIA_TYPE_CASE("report files are typed in another case with a parameter (Application/CSV; charset=UTF-8), as "
            + "RFC 9110 compares media types"),
    HEADER_NAME_CASE("the answers' own header names come in lower case (content-disposition, retry-after), as "
            + "RFC 9110 compares field names");

    private final String description;

    Variant(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /**
     * The variants these names give (any case, surrounding blanks ignored; "all" gives every variant); throws
     * IllegalArgumentException naming the first unknown name.
     */
    public static Set<Variant> named(Collection<String> names) {
        Set<Variant> variants = EnumSet.noneOf(Variant.class);
        for (String name : names) {
            String n = name.trim().toUpperCase(Locale.ROOT);
            if (n.equals("ALL")) {
                variants.addAll(EnumSet.allOf(Variant.class));
                continue;
            }
            try {
                variants.add(valueOf(n));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + name + "' is not a known variant");
            }
        }
        return variants;
    }
}
