package io.rdesuite.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.RetryAfter;
import io.rdesuite.api.model.ReportResults;
import io.rdesuite.api.model.ReportResults.ReportStatus;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one wait for a report's result, for every caller (scenarios, lifecycle tests, provider states, the reports the
 * suite shares, a report just cancelled): polls /result until it shows the awaited end, and gives up as soon as the
 * answers show the report cannot end as expected (see {@link #check}), or at once when a wait for a report of the
 * same type already timed out on the target ({@link ReportTracker#firstTimeout}). Polls after 100 ms, then 1.5
 * times longer each time, at most 2 s; every request takes its turn in the target's {@link PollBudget}, shared by
 * all concurrent waits; a 429 or 5xx the retry policy gave up on does not end the wait.
 */
final class ReportWait {

    /** What ends a wait. */
    enum Awaited {
        /** A status of the document's enum; a status outside it fails. */
        STATUS,
        /** SUCCESS or WARNING; another status fails. */
        SUCCESS,
        /** Any status field, even one outside the enum (the caller judges it: provider states, shared reports). */
        STATUS_SHOWN,
        /** A report just cancelled shows its end; a timeout says the cancel did not take effect (no type's timeout). */
        CANCELLED
    }

    private static final Duration FIRST_POLL_DELAY = Duration.ofMillis(100);
    private static final Duration MAX_POLL_DELAY = Duration.ofSeconds(2);
    /** While /result answers {} for a report seen before, its file is asked for at every third such answer. */
    private static final int PROBE_EVERY = 3;
    private static final int MAX_ANSWER_IN_MESSAGE = 300;
    private static final Set<ReportStatus> SUCCESS = Set.of(ReportStatus.SUCCESS, ReportStatus.WARNING);

    private final String id;
    private final Awaited awaited;
    private final ReportTracker tracker;
    private ReportType type;
    private boolean seen;
    private int emptyAnswers;
    private boolean fileServed;
    private ReportResults last;
    private String lastAnswer = "none";

    ReportWait(String id, Awaited awaited, ReportTracker tracker) {
        this.id = id;
        this.awaited = awaited;
        this.tracker = tracker;
        Optional<ReportTracker.Started> started = tracker.find(id);
        this.seen = started.isPresent();
        this.type = started.map(ReportTracker.Started::type).orElse(null);
    }

    /** "Report ID (TYPE)", or "Report ID" when the type is not known. */
    static String name(String id, ReportType type) {
        return "Report " + id + (type == null ? "" : " (" + type + ")");
    }

    /**
     * Waits, polling through {@code poll} (a /result answered 2xx, else an {@link ApiException}); while /result
     * answers {} for a report seen before, {@code fileServed} asks whether getReport serves its file.
     */
    ReportResults run(Function<String, Response> poll, Predicate<String> fileServed, Duration timeout, Clock clock,
                      Sleeper sleeper, PollBudget budget) {
        if (awaited != Awaited.CANCELLED) {
            refuseKnownTimeout();
        }
        Instant deadline = clock.instant().plus(timeout);
        Duration delay = FIRST_POLL_DELAY;
        while (true) {
            Duration wait = delay;
            try {
                budget.take(sleeper);
                Response response = poll.apply(id);
                lastAnswer = oneLine(response.asString());
                ReportResults done = check(Json.read(response, ReportResults.class), statusText(response));
                if (done != null) {
                    tracker.sawEnd(id);
                    return done;
                }
                if (!this.fileServed && emptyAnswers % PROBE_EVERY == 1) {
                    budget.take(sleeper);
                    if (fileServed.test(id)) {
                        // served, so the report has ended: /result must show it from now on; ask again at once
                        this.fileServed = true;
                        continue;
                    }
                }
            } catch (ApiException e) {
                if (!RetryPolicy.isRetryable(e.status())) {
                    throw e;
                }
                lastAnswer = e.status() + " " + oneLine(e.body());
                Duration retryAfter = RetryAfter.parse(e.header("Retry-After").orElse(null), clock)
                        .orElse(Duration.ZERO);
                wait = retryAfter.compareTo(delay) > 0 ? retryAfter : delay;
            }
            Duration remaining = Duration.between(clock.instant(), deadline);
            if (remaining.isNegative() || remaining.isZero()) {
                AwaitTimeoutException timedOut = new AwaitTimeoutException(id, type, timeout, last, lastAnswer);
                if (awaited != Awaited.CANCELLED) {
                    tracker.timedOut(type, timedOut);
                }
                throw timedOut;
            }
            HttpCaller.sleep(sleeper, wait.compareTo(remaining) < 0 ? wait : remaining);
            Duration next = Duration.ofNanos((long) (delay.toNanos() * 1.5));
            delay = next.compareTo(MAX_POLL_DELAY) < 0 ? next : MAX_POLL_DELAY;
        }
    }

    /**
     * The answer once it shows the awaited end, null while the report runs. /result answering {} is no end: an
     * unknown id answers {}, and so may a running report (a target may show a running report as {}, an honest
     * choice the documents leave open). What stays certain fails at once with {@link UnexpectedResultException}:
     * {} for a report an earlier answer showed ended (its result was lost), an answer without the id that is not
     * {}, another id or report type, a status none of the document's (unless any status is awaited), and, when
     * success is awaited, another final status; and {} after getReport served the report's file ({@link #run}
     * asks for it at every third {} of a report seen before, then polls again at once). The rest is for the
     * report timeout to decide.
     */
    ReportResults check(ReportResults answer, String statusText) {
        if (answer.id() == null) {
            if (!answer.isEmpty()) {
                throw unexpected("/result answered without the report's id");
            }
            if (tracker.seenEnded(id)) {
                throw unexpected("/result answered {} for a report an earlier answer showed ended: the target lost "
                        + "it");
            }
            if (fileServed) {
                throw unexpected("/result answered {} after getReport served the report's file: the target lost "
                        + "its result");
            }
            if (seen) {
                emptyAnswers++;
            }
            return null;
        }
        if (!answer.id().equals(id)) {
            throw unexpected("/result answered another report's id " + answer.id());
        }
        if (type != null && answer.reportType() != null && answer.reportType() != type) {
            throw unexpected("/result answered reportType " + answer.reportType());
        }
        last = answer;
        seen = true;
        if (type == null && answer.reportType() != null) {
            type = answer.reportType();
            if (awaited != Awaited.CANCELLED) {
                refuseKnownTimeout();
            }
        }
        if (answer.status() == null) {
            if (statusText == null) {
                return null;
            }
            if (awaited == Awaited.STATUS_SHOWN) {
                return answer;
            }
            throw unexpected("/result answered status " + statusText + ", none of the document's");
        }
        if (awaited == Awaited.SUCCESS && !SUCCESS.contains(answer.status())) {
            throw unexpected("the report ended " + answer.status());
        }
        return answer;
    }

    private void refuseKnownTimeout() {
        Optional<AwaitTimeoutException> first = tracker.firstTimeout(type);
        if (first.isPresent()) {
            throw new ReportTypeTimedOutException(id, type, first.get());
        }
    }

    private UnexpectedResultException unexpected(String problem) {
        String expected = "id " + id + (type == null ? "" : ", reportType " + type)
                + (awaited == Awaited.SUCCESS ? " until status SUCCESS or WARNING" : " until a status");
        return new UnexpectedResultException(id, type, problem, expected, lastAnswer);
    }

    /** The status field as the answer wrote it (the client reads a value outside the enum as none). */
    private static String statusText(Response response) {
        try {
            JsonNode status = Json.mapper().readTree(response.asByteArray()).get("status");
            return status == null || status.isNull() ? null : status.toString();
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    private static String oneLine(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        String line = body.replaceAll("\\s+", " ").trim();
        return line.length() > MAX_ANSWER_IN_MESSAGE ? line.substring(0, MAX_ANSWER_IN_MESSAGE) + "..." : line;
    }
}
