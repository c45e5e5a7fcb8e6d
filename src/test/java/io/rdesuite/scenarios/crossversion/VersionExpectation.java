package io.rdesuite.scenarios.crossversion;

import io.rdesuite.config.Settings;
import io.rdesuite.support.AllureLabels;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the user expects of how the target's versions relate, and what the scenarios saw: two assumptions about the
 * real service (docs/assumptions.md), each a setting, true unless set: {@value #SHARE_STATE} (a report started
 * through one version is known to the others) and {@value #RATE_LIMIT_PER_VERSION} (each version has its own budget
 * per client). A scenario fails only where an answer contradicts the expectation; each records what it saw as
 * Allure parameters, and the run ends with one console line per expectation: "versions share state: yes
 * (expected yes)".
 */
enum VersionExpectation {

    SHARE_STATE_EXPECTATION(VersionExpectation.SHARE_STATE, "versions share state", Relation.SHARED),
    RATE_LIMIT_EXPECTATION(VersionExpectation.RATE_LIMIT_PER_VERSION, "rate limit per version", Relation.SEPARATE);

    static final String SHARE_STATE = Settings.EXPECT_VERSIONS_SHARE_STATE;
    static final String RATE_LIMIT_PER_VERSION = Settings.EXPECT_RATE_LIMIT_PER_VERSION;

    private final String setting;
    private final String title;
    /** The relation that means "yes". */
    private final Relation yes;
    private final Map<Relation, AtomicInteger> seen = new ConcurrentHashMap<>();

    VersionExpectation(String setting, String title, Relation yes) {
        this.setting = setting;
        this.title = title;
        this.yes = yes;
    }

    /** True when the user expects "yes" (the default). */
    boolean expected() {
        return Settings.fromSystem().getBoolean(setting, true);
    }

    /** The relation the expectation calls for. */
    Relation expectedRelation() {
        return expected() ? yes : other(yes);
    }

    /** Counts what one scenario saw and shows it, with the expectation, as the scenario's Allure parameters. */
    void saw(Relation relation) {
        seen.computeIfAbsent(relation, r -> new AtomicInteger()).incrementAndGet();
        AllureLabels.parameter(title + " (expected, -D" + setting + ")", yesNo(expected()));
        AllureLabels.parameter(title + " (seen)", relation == Relation.NEITHER ? "neither" : yesNo(relation == yes));
    }

    /**
     * "versions share state: yes (expected yes)"; "no", "neither" (every pair answered unlike both) or "mixed (2 yes,
     * 1 no, 1 neither)" when the pairs disagree; null when no scenario ran.
     */
    String summary() {
        int yesCount = count(yes);
        int noCount = count(other(yes));
        int neither = count(Relation.NEITHER);
        int total = yesCount + noCount + neither;
        if (total == 0) {
            return null;
        }
        String holds = yesCount == total ? "yes" : noCount == total ? "no" : neither == total ? "neither"
                : "mixed (" + yesCount + " yes, " + noCount + " no, " + neither + " neither)";
        return title + ": " + holds + " (expected " + yesNo(expected()) + ")";
    }

    /** Prints {@link #summary()} once per run of a scenario class, and forgets the counts. */
    void report() {
        String line = summary();
        if (line != null) {
            System.out.println("[reports] " + line);
        }
        seen.clear();
    }

    private int count(Relation relation) {
        AtomicInteger n = seen.get(relation);
        return n == null ? 0 : n.get();
    }

    private static Relation other(Relation relation) {
        return relation == Relation.SHARED ? Relation.SEPARATE : Relation.SHARED;
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
