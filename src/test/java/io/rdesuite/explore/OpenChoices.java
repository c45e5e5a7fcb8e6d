package io.rdesuite.explore;

import io.rdesuite.config.Settings;
import io.rdesuite.simulator.Assumptions;
import io.rdesuite.simulator.SimulatorConfig.RunningResultView;
import java.util.Arrays;
import java.util.Set;

/**
 * What the documents leave open, with every honest answer: the one place the {@link ReportModel} reads an open
 * choice from. Today the values come from the simulator's {@link Assumptions} (the honest values of each choice)
 * and the suite's expectations about versions; when the registry of open choices lands, this class reads it
 * instead and nothing else changes.
 */
record OpenChoices(Set<Integer> cancelUnknownId, Set<Integer> cancelFinished, Set<Integer> getReportBeforeCompletion,
                   boolean forbiddenMayCountAgainstLimit, boolean runningResultMayBeEmpty,
                   Set<Integer> noBoundDocumented, boolean versionsShareState, boolean rateLimitPerVersion) {

    /** Every honest value of every choice; the version relations as the run expects them (README, versions.md). */
    static OpenChoices from(Settings settings) {
        return new OpenChoices(Set.copyOf(Assumptions.CANCEL_UNKNOWN_ID), Set.copyOf(Assumptions.CANCEL_FINISHED),
                Set.copyOf(Assumptions.GET_REPORT_BEFORE_COMPLETION),
                Arrays.asList(Assumptions.CheckOrder.values()).contains(Assumptions.CheckOrder.RATE_LIMIT_FIRST),
                Arrays.asList(RunningResultView.values()).contains(RunningResultView.EMPTY),
                Set.of(200, 204, 400),
                settings.getBoolean(Settings.EXPECT_VERSIONS_SHARE_STATE, true),
                settings.getBoolean(Settings.EXPECT_RATE_LIMIT_PER_VERSION, true));
    }
}
