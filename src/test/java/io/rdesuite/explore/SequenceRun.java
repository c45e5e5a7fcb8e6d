package io.rdesuite.explore;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.client.ReportTracker;
import io.rdesuite.support.TargetApi.Identity;
import io.rdesuite.verdict.AnswerCheck;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/**
 * Runs one sequence against a target, every answer judged by a fresh {@link ReportModel}; stops at the first step
 * the model does not allow. Knows the ids the starts answered (for the clean-up) and how much it sent.
 */
final class SequenceRun {

    /** An id of 32 hex that no report has (the same in every run, so that replays send the same requests). */
    static final String UNKNOWN_ID = "0123456789abcdef0123456789abcdef";
    /** Who started the exploration's reports, for the {@link ReportTracker}. */
    static final String OWNER = "exploration";

    /** How a sequence went: the step that failed (-1: none) and why, and the exchanges of the whole run. */
    record Outcome(int failedStep, List<String> violations, List<Exchange> exchanges, int steps, Map<String, Boolean> started,
                   java.util.Set<String> observations) {
        boolean failed() {
            return failedStep >= 0;
        }

        /** The first broken promise, the failure's identity when minimising and replaying. */
        String first() {
            return violations.isEmpty() ? "" : violations.get(0);
        }
    }

    /** Stops a run once the budget is spent; asked before every step. */
    interface Limit {
        boolean reached(int requestsSent, int reportsStarted);
    }

    private final Wire wire;
    private final OpenChoices choices;
    private final AnswerCheck check;
    private final List<ApiVersion> versions;

    SequenceRun(Wire wire, OpenChoices choices, AnswerCheck check, List<ApiVersion> versions) {
        this.wire = wire;
        this.choices = choices;
        this.check = check;
        this.versions = versions;
    }

    Outcome run(List<Action> plan, Limit limit) {
        ExploreTarget target = wire.target();
        ReportModel model = new ReportModel(choices, target.controlsClock(), check);
        wire.clearRecording();
        Map<Integer, String> ids = new HashMap<>();
        Map<String, Boolean> started = new java.util.LinkedHashMap<>();
        Identity who = Identity.MANAGE;
        ApiVersion version = versions.get(0);
        int startSent = wire.sent();
        for (int step = 0; step < plan.size(); step++) {
            Action action = plan.get(step);
            if (limit.reached(wire.sent() - startSent + cost(action),
                    started.size() + (action instanceof Action.Start ? 1 : 0))) {
                return new Outcome(-1, List.of(), wire.recorded(), step, started, model.observations());
            }
            List<String> wrong = new ArrayList<>();
            if (action instanceof Action.As as) {
                who = as.who();
            } else if (action instanceof Action.Through through) {
                version = through.version();
            } else if (action instanceof Action.Wait wait) {
                target.advance(wait.duration());
                model.timePassed();
            } else if (action instanceof Action.Start start) {
                Exchange ex = send(who, version, Operation.START_REPORT, Operation.START_REPORT.path(version, null),
                        List.of(), "application/json", start.body().getBytes(StandardCharsets.UTF_8));
                wrong.addAll(model.judge(call(Operation.START_REPORT, who, version, step, null, action), ex));
                if (ex.status() == 200) {
                    ex.json().map(b -> b.path("id").asText(null)).filter(id -> id != null)
                            .ifPresent(id -> {
                                ids.put(start.ref(), id);
                                started.putIfAbsent(id, Boolean.TRUE);
                                // an interrupted run's clean-up (ReportCleanup) cancels it
                                ReportTracker.forTarget(target.baseUri()).started(id, start.type(), OWNER);
                            });
                }
            } else if (action instanceof Action.Poll poll) {
                String id = id(ids, poll.ref());
                if (id != null) {
                    List<Entry<String, String>> query = poll.completed() == null ? List.of()
                            : List.of(Map.entry("completed", poll.completed().toString()));
                    Exchange ex = send(who, version, Operation.GET_REPORT_RESULT,
                            Operation.GET_REPORT_RESULT.path(version, id), query, null, null);
                    wrong.addAll(model.judge(call(Operation.GET_REPORT_RESULT, who, version, step,
                            model.visible(id, version), action), ex));
                }
            } else if (action instanceof Action.Download download) {
                String id = id(ids, download.ref());
                if (id != null) {
                    List<Entry<String, String>> query = new ArrayList<>();
                    query.add(Map.entry("fileFormat", download.format().queryValue()));
                    if (download.name() != null) {
                        query.add(Map.entry("name", download.name()));
                    }
                    if (download.auditable() != null) {
                        query.add(Map.entry("auditable", download.auditable().toString()));
                    }
                    Exchange ex = send(who, version, Operation.GET_REPORT, Operation.GET_REPORT.path(version, id),
                            query, null, null);
                    wrong.addAll(model.judge(call(Operation.GET_REPORT, who, version, step,
                            model.visible(id, version), action), ex));
                }
            } else if (action instanceof Action.Cancel cancel) {
                String id = id(ids, cancel.ref());
                if (id != null) {
                    Exchange ex = send(who, version, Operation.CANCEL_REPORT, Operation.CANCEL_REPORT.path(version, id),
                            List.of(), null, null);
                    wrong.addAll(model.judge(call(Operation.CANCEL_REPORT, who, version, step,
                            model.visible(id, version), action), ex));
                }
            } else if (action instanceof Action.Burst burst) {
                for (int i = 0; i < burst.requests() && wrong.isEmpty(); i++) {
                    Exchange ex = send(who, version, Operation.GET_REPORT_RESULT,
                            Operation.GET_REPORT_RESULT.path(version, UNKNOWN_ID), List.of(), null, null);
                    Action.Poll poll = new Action.Poll(Action.UNKNOWN, null);
                    wrong.addAll(model.judge(call(Operation.GET_REPORT_RESULT, who, version, step, null, poll), ex));
                }
            }
            if (!wrong.isEmpty()) {
                return new Outcome(step, wrong, wire.recorded(), step + 1, started, model.observations());
            }
        }
        model.reports().forEach(r -> started.computeIfPresent(r.id, (id, open) -> !r.ended()));
        return new Outcome(-1, List.of(), wire.recorded(), plan.size(), started, model.observations());
    }

    private Exchange send(Identity who, ApiVersion version, Operation operation, String path,
                          List<Entry<String, String>> query, String contentType, byte[] body) {
        return wire.send(who, version, operation, operation.method(), path, query, contentType, body);
    }

    private static ReportModel.Call call(Operation operation, Identity who, ApiVersion version, int step,
                                         ReportModel.Report report, Action action) {
        String label = "step " + (step + 1) + " (" + action.describe() + ", as " + who + " through " + version.label()
                + ")";
        return new ReportModel.Call(operation, who, version, label, report, action);
    }

    private static String id(Map<Integer, String> ids, int ref) {
        return ref == Action.UNKNOWN ? UNKNOWN_ID : ids.get(ref);
    }

    /** The requests a step sends at most. */
    static int cost(Action action) {
        if (action instanceof Action.Burst burst) {
            return burst.requests();
        }
        return action instanceof Action.As || action instanceof Action.Through || action instanceof Action.Wait ? 0 : 1;
    }
}
