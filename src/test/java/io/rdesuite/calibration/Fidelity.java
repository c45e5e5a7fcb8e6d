package io.rdesuite.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.calibration.Recording.ScenarioRun;
import io.rdesuite.calibration.Recording.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A recording against a replay of its scenarios, aligned per scenario and step: where the answers differ (status,
 * a checked header, the body's shape, a burst's length, the time a report took), which assumptions-table row the
 * difference touches, and whether the simulator can be set to answer as recorded ("not modelled" otherwise).
 * Repeated identical answers (polls) count as one step.
 */
record Fidelity(String recordedTarget, String replayedTarget, int steps, int agreeing, List<Difference> differences,
                List<String> notReplayed) {

    /** How far apart two runs' completion ranges must be to differ: the probes poll every 250 ms. */
    static final long TIMING_GRAIN_MS = 250;

    /** {@link Difference#aspect()} of a CSV header, followed by its key. */
    static final String CSV_HEADER = "CSV header ";

    /** One difference; {@code row} is null when no row of the table covers it. */
    record Difference(String scenario, int step, String operation, String kind, String aspect, String recorded,
                      String replayed, String row, boolean modelled) {
    }

    /** The rows the differences touch, each once, in table order. */
    List<String> rows() {
        return differences.stream().map(Difference::row).filter(Objects::nonNull).distinct().toList();
    }

    long notModelled() {
        return differences.stream().filter(d -> !d.modelled()).count();
    }

    static Fidelity compare(Recording recorded, Recording replayed) {
        Map<String, ScenarioRun> byId = new LinkedHashMap<>();
        replayed.scenarios().forEach(s -> byId.put(s.id(), s));
        Map<Step, StepKind> recordedKinds = StepKind.of(recorded);
        Map<Step, StepKind> replayedKinds = StepKind.of(replayed);
        List<Difference> differences = new ArrayList<>();
        List<String> notReplayed = new ArrayList<>();
        int steps = 0;
        int agreeing = 0;
        for (ScenarioRun scenario : recorded.scenarios()) {
            ScenarioRun other = byId.get(scenario.id());
            List<Collapsed> mine = Collapsed.of(scenario.steps(), recordedKinds);
            if (other == null) {
                notReplayed.add(scenario.id());
                steps += mine.size();
                continue;
            }
            List<Collapsed> theirs = Collapsed.of(other.steps(), replayedKinds);
            for (int i = 0; i < mine.size(); i++) {
                steps++;
                List<Difference> found = i < theirs.size()
                        ? differences(scenario.id(), i + 1, mine, theirs, i)
                        : List.of(difference(scenario.id(), i + 1, mine.get(i), "step", "sent", "not sent"));
                agreeing += found.isEmpty() ? 1 : 0;
                differences.addAll(found);
            }
            timing(scenario, other).ifPresent(differences::add);
        }
        differences.addAll(csvHeaders(recorded, replayed));
        return new Fidelity(recorded.target(), replayed.target(), steps, agreeing, List.copyOf(differences),
                List.copyOf(notReplayed));
    }

    private static List<Difference> differences(String scenario, int n, List<Collapsed> mine, List<Collapsed> theirs,
                                                int i) {
        Collapsed a = mine.get(i);
        Collapsed b = theirs.get(i);
        List<Difference> out = new ArrayList<>();
        if (!a.step().operation().equals(b.step().operation())) {
            out.add(difference(scenario, n, a, "operation", a.step().operation(), b.step().operation()));
            return out;
        }
        if (a.step().status() != b.step().status()) {
            out.add(difference(scenario, n, a, AssumptionRow.STATUS, "" + a.step().status(), "" + b.step().status()));
        }
        a.step().headers().forEach((name, value) -> {
            String otherValue = b.step().headers().getOrDefault(name, "absent");
            boolean same = name.equals("Retry-After") ? value.equals("absent") == otherValue.equals("absent")
                    : value.equals(otherValue);
            if (!same) {
                out.add(difference(scenario, n, a, name, value, otherValue));
            }
        });
        JsonNode shapeA = Shapes.withoutIds(a.step().shape());
        JsonNode shapeB = Shapes.withoutIds(b.step().shape());
        if (!shapeA.equals(shapeB)) {
            out.add(difference(scenario, n, a, AssumptionRow.SHAPE, shapeA.toString(), shapeB.toString()));
        }
        boolean burst = i + 1 < mine.size() && mine.get(i + 1).step().status() == 429;
        if (burst && a.repeat() != b.repeat()) {
            out.add(difference(scenario, n, a, AssumptionRow.BURST, "" + a.repeat(), "" + b.repeat()));
        }
        return out;
    }

    private static Difference difference(String scenario, int n, Collapsed at, String aspect, String recorded,
                                         String replayed) {
        Optional<AssumptionRow> row = AssumptionRow.of(at.step(), at.kind(), aspect);
        return new Difference(scenario, n, at.step().operation(), at.kind().name(), aspect, recorded, replayed,
                row.map(AssumptionRow::id).orElse(null),
                row.filter(r -> r.setting().isPresent()).map(r -> r.expresses(at.step(), aspect)).orElse(false));
    }

    /**
     * A difference in the time the scenario's first report took: when the ranges the two runs' polls allow
     * ({@link ReportTimes#firstRange}) are apart by more than {@value #TIMING_GRAIN_MS} ms. Sparse polls on a loaded
     * machine widen a range; they do not make a difference.
     */
    private static Optional<Difference> timing(ScenarioRun scenario, ScenarioRun other) {
        Optional<ReportTimes.Range> ra = ReportTimes.firstRange(scenario);
        Optional<ReportTimes.Range> rb = ReportTimes.firstRange(other);
        if (ra.isEmpty() || rb.isEmpty() || (ra.get().lo() <= rb.get().hi() + TIMING_GRAIN_MS
                && rb.get().lo() <= ra.get().hi() + TIMING_GRAIN_MS)) {
            return Optional.empty();
        }
        Optional<Long> a = ra.map(ReportTimes.Range::measured);
        Optional<Long> b = rb.map(ReportTimes.Range::measured);
        return Optional.of(new Difference(scenario.id(), 0, "startReport", StepKind.START.name(),
                AssumptionRow.TIMING, a.get() + " ms", b.get() + " ms", AssumptionRow.REPORT_TIMING.id(), true));
    }

    /**
     * Each CSV header the recording holds that the replay served otherwise (or not at all): modelled by the
     * {@code csvHeaders} setting unless the recording masked a name. No assumptions row covers file columns.
     */
    private static List<Difference> csvHeaders(Recording recorded, Recording replayed) {
        Map<String, List<String>> theirs = Optional.ofNullable(replayed.csvHeaders()).orElse(Map.of());
        List<Difference> out = new ArrayList<>();
        new java.util.TreeMap<>(Optional.ofNullable(recorded.csvHeaders()).orElse(Map.of())).forEach((key, columns) -> {
            List<String> other = theirs.get(key);
            if (!columns.equals(other)) {
                out.add(new Difference("(CSV files)", 0, "getReport", StepKind.FINISHED.name(), CSV_HEADER + key,
                        String.join(",", columns), other == null ? "not served" : String.join(",", other), null,
                        !columns.contains(Exchanges.MASKED_COLUMN) && !key.contains("(")));
            }
        });
        return out;
    }

    /** A step and how many identical answers in a row it stands for. */
    record Collapsed(Step step, StepKind kind, int repeat) {

        static List<Collapsed> of(List<Step> steps, Map<Step, StepKind> kinds) {
            List<Collapsed> out = new ArrayList<>();
            for (Step s : steps) {
                Collapsed last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && same(last.step(), s) && last.kind() == kinds.get(s)) {
                    out.set(out.size() - 1, new Collapsed(last.step(), last.kind(), last.repeat() + 1));
                } else {
                    out.add(new Collapsed(s, kinds.get(s), 1));
                }
            }
            return out;
        }

        private static boolean same(Step a, Step b) {
            return a.operation().equals(b.operation()) && a.status() == b.status()
                    && Shapes.withoutIds(a.shape()).equals(Shapes.withoutIds(b.shape()))
                    && Objects.equals(a.client(), b.client()) && Objects.equals(a.query(), b.query());
        }
    }

    /** "N of M steps agree; D differences in rows ...; K not modelled". */
    String summary() {
        return agreeing + " of " + steps + " steps agree; " + differences.size() + " differences"
                + (rows().isEmpty() ? "" : " in rows " + String.join(", ", new TreeSet<>(rows()))) + "; "
                + notModelled() + " not modelled" + (notReplayed.isEmpty() ? "" : "; " + notReplayed.size()
                + " scenarios not replayed");
    }
}
