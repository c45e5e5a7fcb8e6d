package io.rdesuite.calibration;

import io.rdesuite.calibration.Recording.ScenarioRun;
import io.rdesuite.calibration.Recording.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How long reports took in a recording: from the start's answer to the first /result that shows them ended. */
final class ReportTimes {

    /** A /result's status, as a shape shows it, once the report ended. */
    static final Set<String> FINAL = Set.of("=SUCCESS", "=WARNING", "=FAILURE", "=TERMINATED");

    private ReportTimes() {
    }

    /** The time to completion of the first report started in the scenario and seen to end there. */
    static Optional<Long> first(ScenarioRun scenario) {
        return all(scenario).stream().findFirst();
    }

    /**
     * The range the first report's time to completion lies in, as the polls bound it: at least until the last poll
     * that still saw it running was sent (from the start's answer), at most until the first poll that saw it ended
     * was answered (from the start's request). Polls slowed by a loaded machine widen the range instead of moving it.
     */
    static Optional<long[]> firstRange(ScenarioRun scenario) {
        List<Step> steps = scenario.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step start = steps.get(i);
            if (!start.operation().equals("startReport") || !start.shape().path("id").isTextual()) {
                continue;
            }
            String id = start.shape().get("id").asText();
            long startAnswered = start.atMs() + start.elapsedMs();
            long lo = 0;
            for (Step s : steps.subList(i + 1, steps.size())) {
                if (!s.operation().equals("getReportResult") || !id.equals(s.ids().get("taskResultId"))) {
                    continue;
                }
                if (FINAL.contains(s.shape().path("status").asText())) {
                    return Optional.of(new long[] {lo, s.atMs() + s.elapsedMs() - start.atMs()});
                }
                lo = Math.max(lo, s.atMs() - startAnswered);
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    static List<Long> all(ScenarioRun scenario) {
        List<Long> out = new ArrayList<>();
        List<Step> steps = scenario.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step start = steps.get(i);
            if (!start.operation().equals("startReport") || !start.shape().path("id").isTextual()) {
                continue;
            }
            String id = start.shape().get("id").asText();
            steps.stream().skip(i + 1L)
                    .filter(s -> s.operation().equals("getReportResult") && id.equals(s.ids().get("taskResultId"))
                            && FINAL.contains(s.shape().path("status").asText()))
                    .findFirst()
                    .ifPresent(end -> out.add(end.atMs() + end.elapsedMs() - start.atMs() - start.elapsedMs()));
        }
        return out;
    }
}
