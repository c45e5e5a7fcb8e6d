package io.rdesuite.scenarios.crossversion;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.choices.OpenChoice;
import io.rdesuite.config.Settings;
import io.rdesuite.verdict.Observations;
import java.util.Optional;
import io.rdesuite.support.AllureLabels;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How the target's versions relate, two open choices (docs/assumptions.md), observed: a report started through one
 * version is known to the others ({@link OpenChoice#VERSIONS_SHARE_STATE}), each version has its own budget per
 * client ({@link OpenChoice#RATE_LIMIT_PER_VERSION}). Either answer passes unless the profile (or the row's own
 * property, {@value #SHARE_STATE}, {@value #RATE_LIMIT_PER_VERSION}) pins one; answers that fit neither fail. Each
 * scenario records what it saw as Allure parameters, and the run ends with one console line per row: "versions
 * share state: yes (observed)".
 */
enum VersionExpectation {

    SHARE_STATE_EXPECTATION(OpenChoice.VERSIONS_SHARE_STATE, "versions share state", Relation.SHARED),
    RATE_LIMIT_EXPECTATION(OpenChoice.RATE_LIMIT_PER_VERSION, "rate limit per version", Relation.SEPARATE);

    static final String SHARE_STATE = Settings.EXPECT_VERSIONS_SHARE_STATE;
    static final String RATE_LIMIT_PER_VERSION = Settings.EXPECT_RATE_LIMIT_PER_VERSION;

    private final OpenChoice choice;
    private final String title;
    /** The relation that means "yes". */
    private final Relation yes;
    private final Map<Relation, AtomicInteger> seen = new ConcurrentHashMap<>();

    VersionExpectation(OpenChoice choice, String title, Relation yes) {
        this.choice = choice;
        this.title = title;
        this.yes = yes;
    }

    /**
     * What the run expects: the profile's pin ({@code -Dreports.profile}), else the property of this one row
     * ({@value #SHARE_STATE} or {@value #RATE_LIMIT_PER_VERSION}, documented aliases); empty: either holds.
     */
    Optional<Boolean> expected() {
        return Observations.expected(choice).map(pin -> Boolean.parseBoolean(pin.value()));
    }

    /** The relation the expectation calls for, if any. */
    Optional<Relation> expectedRelation() {
        return expected().map(e -> e ? yes : other(yes));
    }

    /** Counts what one scenario saw and shows it, with the expectation, as the scenario's Allure parameters. */
    void saw(Relation relation) {
        seen.computeIfAbsent(relation, r -> new AtomicInteger()).incrementAndGet();
        AllureLabels.parameter(title + " (expected)", expected().map(VersionExpectation::yesNo).orElse("either"));
        AllureLabels.parameter(title + " (seen)", relation == Relation.NEITHER ? "neither" : yesNo(relation == yes));
    }

    /**
     * Judges what one scenario saw: "neither" (the answers contradict both honest values) fails with
     * {@code answers}; otherwise it is observed ({@link Observations#observe}): another value than the one expected
     * fails with one line naming the row.
     */
    void judge(ApiVersion version, Relation relation, String context, String answers) {
        saw(relation);
        if (relation == Relation.NEITHER) {
            throw new AssertionError(choice.row() + ": neither shared nor separate " + context + ": " + answers);
        }
        Observations.observe(version, choice, Boolean.toString(relation == yes), context);
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
        return title + ": " + holds + expected().map(e -> " (expected " + yesNo(e) + ")").orElse(" (observed)");
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
