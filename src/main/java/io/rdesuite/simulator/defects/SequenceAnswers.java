package io.rdesuite.simulator.defects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import io.rdesuite.simulator.http.ErrorBodies;
import io.rdesuite.simulator.http.SimJson;
import io.rdesuite.simulator.reports.ReportEngine;
import io.rdesuite.simulator.reports.Task;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The defects that only a sequence of calls or an unusual input shows: each keeps the answers of the hand-written
 * scenarios' calls as the service gives them (their order, clients and the document's example bodies), and breaks
 * a promise only after a particular sequence or for a particular input. The exploration finds them
 * (docs/exploration.md).
 */
final class SequenceAnswers {

    /** Per simulator (its engine): the reports a client other than their launcher has polled. */
    private static final Map<ReportEngine, Set<String>> POLLED_BY_OTHERS = Collections.synchronizedMap(new WeakHashMap<>());

    private SequenceAnswers() {
    }

    /** How long after a cancel RESTART_AFTER_CANCEL_RETURNS_CANCELLED still finds the cancelled task. */
    static final Duration RACE = Duration.ofMillis(2);
    /** Per simulator (its engine): the reports whose /result has shown an end. */
    private static final Map<ReportEngine, Set<String>> SEEN_ENDED = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * RESTART_AFTER_CANCEL_RETURNS_CANCELLED: a start of the same report type and arguments as a report cancelled
     * less than 2 ms before (a race), whose end no /result has shown yet, answers that cancelled task, as a service whose
     * index of running reports lags behind its cancels would (the new one is ended at once: nothing is left running).
     */
    static void restartReturnsCancelled(DefectContext context, Operation operation, ApiRequest request,
                                        ApiResponse response) {
        Set<String> seenEnded = SEEN_ENDED.computeIfAbsent(context.engine(), e -> ConcurrentHashMap.newKeySet());
        if (operation == Operation.GET_REPORT_RESULT && response.status() == 200) {
            ObjectNode result = response.jsonObject();
            if (result != null && result.hasNonNull("status")) {
                seenEnded.add(result.path("id").asText());
            }
            return;
        }
        ObjectNode answer = operation == Operation.START_REPORT && response.status() == 200 ? response.jsonObject() : null;
        Optional<Task> started = answer == null ? Optional.empty() : context.engine().find(answer.path("id").asText(null));
        if (started.isEmpty()) {
            return;
        }
        Task task = started.get();
        Instant now = context.engine().now();
        context.engine().all().stream()
                .filter(t -> t != task && t.reportType() == task.reportType()
                        && java.util.Objects.equals(t.arguments(), task.arguments())
                        && t.phase(now) == Task.Phase.TERMINATED
                        && now.isBefore(t.completedAt(now).plus(RACE)) && !seenEnded.contains(t.id()))
                .max(Comparator.comparing(Task::created))
                .ifPresent(cancelled -> {
                    context.engine().cancel(task);
                    response.json(context.views().taskView(cancelled, now));
                });
    }

    /**
     * REPORT_FORGOTTEN_AFTER_OTHER_CLIENT_POLL: once a client other than the report's launcher has read its /result,
     * every later /result of it answers {} and every getReport 404, as if the report were gone.
     */
    static void forgottenAfterOtherClientPoll(DefectContext context, Operation operation, ApiRequest request,
                                              ApiResponse response) {
        if ((operation != Operation.GET_REPORT_RESULT && operation != Operation.GET_REPORT) || response.status() != 200) {
            return;
        }
        String id = request.pathParam("taskResultId");
        Set<String> polled = POLLED_BY_OTHERS.computeIfAbsent(context.engine(), e -> ConcurrentHashMap.newKeySet());
        if (id != null && polled.contains(id.toLowerCase(java.util.Locale.ROOT))) {
            if (operation == Operation.GET_REPORT_RESULT) {
                response.json(Map.of());
            } else {
                ApiResponse notFound = ErrorBodies.notFound();
                response.status(404).contentType(notFound.contentType()).body(notFound.body());
                response.withoutHeader("Content-disposition");
            }
            return;
        }
        Optional<Task> task = context.engine().find(id);
        String caller = clientId(request.header("Authorization"));
        if (operation == Operation.GET_REPORT_RESULT && task.isPresent() && caller != null
                && !caller.equals(task.get().launcher())) {
            polled.add(task.get().id());
        }
    }

    /** SEARCH_EXPORT_ROWS_OFF_BY_ONE: /result rows one more than the zip's files hold, over two or more indices. */
    static void searchExportRowsPlusOne(DefectContext context, Operation operation, ApiRequest request,
                                        ApiResponse response) {
        ObjectNode result = operation == Operation.GET_REPORT_RESULT && response.status() == 200
                ? response.jsonObject() : null;
        if (result == null || !result.has("rows")) {
            return;
        }
        Optional<Task> task = context.engine().find(request.pathParam("taskResultId"));
        JsonNode indices = task.filter(t -> t.reportType() == ReportType.SEARCH_EXPORT && t.arguments() != null)
                .map(t -> t.arguments().path("indices")).orElse(null);
        if (indices != null && indices.isArray() && indices.size() >= 2) {
            result.put("rows", result.get("rows").asLong() + 1);
        }
    }

    /** NAME_WITH_SLASH_500: a download whose name holds a slash answers an internal fault. */
    static void nameWithSlashAs500(DefectContext context, Operation operation, ApiRequest request,
                                   ApiResponse response) {
        String name = request.queryParam("name");
        if (operation == Operation.GET_REPORT && response.status() == 200 && name != null && name.contains("/")) {
            replace(response, ErrorBodies.internalFault(500));
        }
    }

    /**
     * DUPLICATE_INDEX_500: a SEARCH_EXPORT whose indices list holds one index twice answers an internal fault (the
     * report it started is ended at once, so nothing is left running).
     */
    static void duplicateIndexAs500(DefectContext context, Operation operation, ApiRequest request,
                                    ApiResponse response) {
        if (operation != Operation.START_REPORT || response.status() != 200) {
            return;
        }
        JsonNode indices;
        try {
            indices = SimJson.read(request.body()).path("arguments").path("indices");
        } catch (IOException | RuntimeException e) {
            return;
        }
        Set<String> seen = new HashSet<>();
        boolean duplicate = false;
        for (JsonNode index : indices) {
            duplicate |= !seen.add(index.asText());
        }
        if (duplicate) {
            ObjectNode answer = response.jsonObject();
            if (answer != null) {
                context.engine().find(answer.path("id").asText(null)).ifPresent(t -> context.engine().cancel(t));
            }
            replace(response, ErrorBodies.internalFault(500));
        }
    }

    private static void replace(ApiResponse response, ApiResponse with) {
        response.status(with.status()).contentType(with.contentType()).body(with.body());
        response.withoutHeader("Content-disposition");
    }

    /** The client_id claim of a bearer token (its signature was checked by the gateway), or null. */
    static String clientId(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring(7).trim().split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            return SimJson.read(payload).path("client_id").asText(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
