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

    /**
     * One report's time to completion as the polls bound it: at least {@code lo} (the last poll that still saw it
     * running was sent that long after the start's answer), at most {@code hi} (the first poll that saw it ended was
     * answered that long after the start's request); {@code measured} from the start's answer to the end's answer.
     * Polls slowed by a loaded machine widen the range instead of moving it.
     */
    record Range(long lo, long hi, long measured) {
    }

    /** The time to completion of the first report started in the scenario and seen to end there. */
    static Optional<Long> first(ScenarioRun scenario) {
        return ranges(scenario).stream().findFirst().map(Range::measured);
    }

    /** The range of the first report started in the scenario and seen to end there. */
    static Optional<Range> firstRange(ScenarioRun scenario) {
        return ranges(scenario).stream().findFirst();
    }

    static List<Long> all(ScenarioRun scenario) {
        return ranges(scenario).stream().map(Range::measured).toList();
    }

    /** Every report started in the scenario and seen to end there, in the order of their starts. */
    static List<Range> ranges(ScenarioRun scenario) {
        List<Range> out = new ArrayList<>();
        List<Step> steps = scenario.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step start = steps.get(i);
            if (start.operation().equals("startReport") && start.shape().path("id").isTextual()) {
                range(start, steps.subList(i + 1, steps.size())).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<Range> range(Step start, List<Step> after) {
        String id = start.shape().get("id").asText();
        long startAnswered = start.atMs() + start.elapsedMs();
        long lo = 0;
        for (Step s : after) {
            if (!s.operation().equals("getReportResult") || !id.equals(s.ids().get("taskResultId"))) {
                continue;
            }
            if (FINAL.contains(s.shape().path("status").asText())) {
                return Optional.of(new Range(lo, s.atMs() + s.elapsedMs() - start.atMs(),
                        s.atMs() + s.elapsedMs() - startAnswered));
            }
            lo = Math.max(lo, s.atMs() - startAnswered);
        }
        return Optional.empty();
    }
}
