package io.rdesuite.calibration;

import io.rdesuite.calibration.Recording.ScenarioRun;
import io.rdesuite.calibration.Recording.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a step asked about, read from the order of events in its recording (ids are placeholders, so the order
 * survives): a report it started, one still running, one seen to end, an id no start answered, a malformed id, or
 * a call by a client the rate limit refused earlier in the same scenario.
 */
enum StepKind {
    START, RUNNING, FINISHED, UNKNOWN_ID, MALFORMED_ID, LIMITED, OTHER;

    /** The kind of every step of {@code recording}, in recording order. */
    static Map<Step, StepKind> of(Recording recording) {
        Map<Step, StepKind> kinds = new IdentityHashMap<>();
        Set<String> started = new HashSet<>();
        Set<String> ended = new HashSet<>();
        for (ScenarioRun scenario : recording.scenarios()) {
            Set<String> limited = new HashSet<>();
            for (Step step : scenario.steps()) {
                kinds.put(step, kind(step, started, ended, limited));
                if (step.status() == 429) {
                    limited.add(step.client());
                }
                if (step.shape().path("id").isTextual() && step.operation().equals("startReport")) {
                    started.add(step.shape().get("id").asText());
                }
                if (ReportTimes.FINAL.contains(step.shape().path("status").asText())) {
                    ended.add(id(step));
                }
            }
        }
        return kinds;
    }

    private static StepKind kind(Step step, Set<String> started, Set<String> ended, Set<String> limited) {
        if (limited.contains(step.client())) {
            return LIMITED;
        }
        if (step.operation().equals("startReport")) {
            return START;
        }
        String id = id(step);
        if (id == null) {
            return OTHER;
        }
        if (id.equals("malformed")) {
            return MALFORMED_ID;
        }
        if (!started.contains(id)) {
            return UNKNOWN_ID;
        }
        boolean endsNow = ReportTimes.FINAL.contains(step.shape().path("status").asText());
        return ended.contains(id) || endsNow ? FINISHED : RUNNING;
    }

    private static String id(Step step) {
        List<String> ids = new ArrayList<>(step.ids().values());
        return ids.isEmpty() ? null : ids.get(0);
    }
}
