package io.rdesuite.explore;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.support.TargetApi.Identity;
import io.rdesuite.verdict.AnswerCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stateful exploration of the report job: seeded sequences ({@link Plans}) run against a target within a
 * {@link Budget}, every answer judged by the {@link ReportModel}; the first failure is minimised (in process) or
 * replayed (on a tenant) and written as a {@link Reproducer}. Reports a sequence leaves running are cancelled.
 */
final class Exploration {

    static final String PROPERTY = "report-job-sequences";
    /** Steps per sequence: long enough for start, wait, poll, download and cancel to meet. */
    static final int LENGTH = 40;
    private static final int MINIMISING_TRIES = 400;

    /** What a run exercised and, when it failed, its answer. */
    record Result(long seed, int sequences, int steps, int requests, int rateLimited, int reports, Set<String> exercised,
                  Set<String> observations, String failure, List<Action> failing, List<Action> minimised,
                  String reproducer, Duration took) {
        boolean failed() {
            return failure != null;
        }
    }

    private static volatile AnswerCheck answerCheck;

    private Exploration() {
    }

    /** The document checks, built once (reading the documents takes a while: not counted in a run's time). */
    static AnswerCheck answerCheck() {
        AnswerCheck check = answerCheck;
        if (check == null) {
            check = new AnswerCheck(false);
            for (ApiVersion version : ApiVersion.values()) {
                check.check(new com.atlassian.oai.validator.model.SimpleRequest.Builder("GET",
                                io.rdesuite.api.Operation.GET_REPORT_RESULT.path(version, SequenceRun.UNKNOWN_ID)).build(),
                        new com.atlassian.oai.validator.model.SimpleResponse.Builder(200).withContentType("application/json")
                                .withBody("{}").build(), List.of());
            }
            answerCheck = check;
        }
        return check;
    }

    static Result run(ExploreTarget target, Budget budget, List<ApiVersion> versions, OpenChoices choices) {
        return run(target, budget, versions, choices, true);
    }

    /** As {@link #run}; {@code minimise} false keeps the failing sequence as it ran (a quicker verdict). */
    static Result run(ExploreTarget target, Budget budget, List<ApiVersion> versions, OpenChoices choices,
                      boolean minimise) {
        AnswerCheck check = answerCheck();
        Set<Identity> identities = EnumSet.noneOf(Identity.class);
        for (Identity who : Identity.values()) {
            target.tokens(who).ifPresent(t -> {
                t.accessToken(); // fetched before the clock starts: a token is not the API's answer
                identities.add(who);
            });
        }
        long began = System.nanoTime();
        boolean pace = !target.controlsClock();
        Wire wire = new Wire(target, pace);
        Plans plans = new Plans(ArgumentSchemas.of(versions.get(0)), versions, identities, target.controlsClock());
        SequenceRun runner = new SequenceRun(wire, choices, check, versions);
        Set<String> exercised = new TreeSet<>();
        Set<String> observations = new TreeSet<>();
        int sequences = 0;
        int steps = 0;
        int reports = 0;
        long deadline = began + budget.time().toNanos();
        while (System.nanoTime() < deadline && wire.sent() < budget.requests() && reports < budget.reports()) {
            long planSeed = budget.seed() * 1_000_003L + sequences;
            List<Action> plan = plans.plan(planSeed, LENGTH);
            target.reset();
            int sentBefore = wire.sent();
            int reportsBefore = reports;
            int remainingRequests = budget.requests() - sentBefore;
            int remainingReports = budget.reports() - reportsBefore;
            SequenceRun.Outcome outcome = runner.run(plan, (sent, started) -> sent + started > remainingRequests
                    || started > remainingReports || System.nanoTime() >= deadline);
            sequences++;
            steps += outcome.steps();
            reports += outcome.started().size();
            plan.subList(0, outcome.steps()).forEach(a -> exercised.add(kind(a)));
            observations.addAll(outcome.observations());
            cleanUp(wire, outcome);
            if (outcome.failed()) {
                List<Action> failing = plan.subList(0, outcome.failedStep() + 1);
                String signature = signature(outcome.first());
                List<Action> smallest = failing;
                boolean minimised = minimise && target.minimises();
                if (minimised) {
                    smallest = Minimiser.minimise(failing, candidate -> {
                        target.reset();
                        SequenceRun.Outcome again = runner.run(candidate, (s, r) -> false);
                        return again.failed() && signature(again.first()).equals(signature);
                    }, MINIMISING_TRIES);
                }
                target.reset();
                SequenceRun.Outcome replay = runner.run(smallest, (s, r) -> false);
                cleanUp(wire, replay);
                SequenceRun.Outcome shown = replay.failed() ? replay : outcome;
                String reproducer = Reproducer.render(PROPERTY, budget.seed(), target.baseUri(), plan, smallest, shown,
                        minimised);
                if (!replay.failed()) {
                    reproducer = "# note: the replay of these steps passed (a failure that comes and goes)\n" + reproducer;
                }
                Reproducer.write(PROPERTY, budget.seed(), reproducer);
                return new Result(budget.seed(), sequences, steps, wire.sent(), wire.rateLimited(), reports, exercised, observations,
                        outcome.first(), List.copyOf(failing), List.copyOf(smallest), reproducer, since(began));
            }
        }
        return new Result(budget.seed(), sequences, steps, wire.sent(), wire.rateLimited(), reports, exercised, observations, null,
                List.of(), List.of(), null, since(began));
    }

    /** Cancels, as the full-access client, every report the sequence started and did not see end (answers not judged). */
    private static void cleanUp(Wire wire, SequenceRun.Outcome outcome) {
        io.rdesuite.client.ReportTracker tracker = io.rdesuite.client.ReportTracker.forTarget(wire.target().baseUri());
        for (Map.Entry<String, Boolean> report : outcome.started().entrySet()) {
            tracker.ended(report.getKey());
            if (report.getValue()) {
                ApiVersion version = ApiVersion.V3;
                wire.send(Identity.MANAGE, version, io.rdesuite.api.Operation.CANCEL_REPORT, "POST",
                        io.rdesuite.api.Operation.CANCEL_REPORT.path(version, report.getKey()), List.of(), null, null);
            }
        }
    }

    /** The failure without its step, ids and counts: what must remain while minimising. */
    static String signature(String violation) {
        return violation.replaceFirst("^step \\d+ \\(.*, as \\w+ through v\\d+\\) ", "")
                .replaceAll("[0-9a-f]{32}", "<id>").replaceAll("\\d+", "N");
    }

    /** What kind of step it was, for the summary: "download pdf named", "switch to read-only", ... */
    static String kind(Action action) {
        if (action instanceof Action.Start start) {
            return "start " + start.type() + (start.repeatOf() == Action.UNKNOWN ? "" : " (repeated)");
        }
        if (action instanceof Action.Download d) {
            return "download " + d.format().queryValue() + (d.name() == null ? "" : " with name")
                    + (d.auditable() == null ? "" : " with auditable");
        }
        if (action instanceof Action.Poll p) {
            return p.ref() == Action.UNKNOWN ? "poll an unknown id" : "poll";
        }
        if (action instanceof Action.Cancel c) {
            return c.ref() == Action.UNKNOWN ? "cancel an unknown id" : "cancel";
        }
        if (action instanceof Action.Wait) {
            return "wait";
        }
        if (action instanceof Action.Burst) {
            return "burst over the rate limit";
        }
        return action.describe();
    }

    private static Duration since(long began) {
        return Duration.ofNanos(System.nanoTime() - began);
    }

    static List<String> lines(Result result) {
        List<String> lines = new ArrayList<>();
        lines.add(PROPERTY + ": " + (result.failed() ? "FAILED" : "passed") + ", seed " + result.seed() + ", "
                + result.sequences() + " sequences, " + result.steps() + " steps, " + result.requests() + " requests, "
                + result.reports() + " reports started, " + result.took().toMillis() + " ms");
        lines.add("  exercised: " + String.join("; ", result.exercised()));
        if (!result.observations().isEmpty()) {
            lines.add("  open choices seen: " + String.join("; ", result.observations()));
        }
        if (result.failed()) {
            lines.add("  failure: " + result.failure());
        }
        return lines;
    }
}
