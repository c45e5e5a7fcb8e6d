package io.rdesuite.simulator.defects;

import static io.rdesuite.api.Variant.*;

import io.rdesuite.api.Variant;
import io.rdesuite.simulator.defects.Effect.Behaviour;
import java.util.List;

/**
 * Every benign variant and what it does: the one place to add a variant (with its name and description in
 * {@link Variant}). Variants use the defects' effects; their rewrites apply after the defects' ones, in the order
 * of this table: changes to the JSON tree first, then the bytes (indentation), the headers and the encoding last.
 */
final class VariantTable {

    /** One variant and its effect. */
    record Entry(Variant variant, Effect effect) {
    }

    static final List<Entry> ENTRIES = List.of(
            entry(SLOW_REPORTS, new Effect.Bend(Behaviour.REPORTS_TAKE_TWICE_AS_LONG)),
            // the JSON tree
            entry(TRACKING_ID_IS_REQUEST_ID, rewrite(VariantAnswers::trackingIdIsRequestId)),
            entry(EXTRA_ERROR_MESSAGE, rewrite(VariantAnswers::extraErrorMessage)),
            entry(OFFSET_DATE_TIMES, rewrite(VariantAnswers::offsetDateTimes)),
            entry(EXTRA_FIELD, rewrite(VariantAnswers::extraField)),
            entry(REORDERED_KEYS, rewrite(VariantAnswers::reorderedKeys)),
            // the files
            entry(CSV_EXTRA_COLUMN, rewrite(CsvColumns::addColumn)),
            // the bytes, the headers, the timing
            entry(PRETTY_JSON, rewrite(VariantAnswers::prettyJson)),
            entry(JSON_CHARSET_SPELLING, rewrite(VariantAnswers::jsonCharsetSpelling)),
            entry(MEDIA_TYPE_CASE, rewrite(VariantAnswers::mediaTypeCase)),
            entry(HEADER_NAME_CASE, rewrite(VariantAnswers::headerNameCase)),
            entry(EXTRA_HEADERS, rewrite(VariantAnswers::extraHeaders)),
            entry(LONGER_RETRY_AFTER, rewrite(VariantAnswers::longerRetryAfter)),
            entry(SLOW_ANSWERS, rewrite(VariantAnswers::slowAnswers)),
            entry(GZIP_WHEN_ASKED, rewrite(VariantAnswers::gzipWhenAsked)));

    private VariantTable() {
    }

    private static Entry entry(Variant variant, Effect effect) {
        return new Entry(variant, effect);
    }

    private static Effect rewrite(Effect.Rewrite rewrite) {
        return new Effect.RewriteAnswers(rewrite);
    }
}
