package io.rdesuite.scenarios.crossversion;

/** What one cross-version observation showed: the versions acted as one, as strangers, or neither. */
enum Relation {
    /** The second version answered as the first (same report, same budget). */
    SHARED,
    /** The second version answered as it does for a report it does not know, or was not limited by the first's burst. */
    SEPARATE,
    /** Neither: an answer that fits no expectation (a broken version). */
    NEITHER
}
