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

/**
 * One wait for a report's result: polls /result until it has a status, and gives up as soon as the answers show
 * the report cannot complete as expected (see {@link #check}), or at once when a wait for a report of the same
 * type already timed out on the target ({@link ReportTracker#firstTimeout}). Polls after 100 ms, then 1.5 times
 * longer each time, at most 2 s; a 429 or 5xx the retry policy gave up on does not end the wait.
 */
final class ReportWait {

    private static final Duration FIRST_POLL_DELAY = Duration.ofMillis(100);
    private static final Duration MAX_POLL_DELAY = Duration.ofSeconds(2);
    private static final int MAX_ANSWER_IN_MESSAGE = 300;
    private static final Set<ReportStatus> SUCCESS = Set.of(ReportStatus.SUCCESS, ReportStatus.WARNING);

    private final String id;
    private final boolean successAwaited;
    private final ReportTracker tracker;
    private ReportType type;
    private boolean seen;
    private ReportResults last;
    private String lastAnswer = "none";

    ReportWait(String id, boolean successAwaited, ReportTracker tracker) {
        this.id = id;
        this.successAwaited = successAwaited;
        this.tracker = tracker;
        Optional<ReportTracker.Started> started = tracker.find(id);
        this.seen = started.isPresent();
        this.type = started.map(ReportTracker.Started::type).orElse(null);
    }

    /** "Report ID (TYPE)", or "Report ID" when the type is not known. */
    static String name(String id, ReportType type) {
        return "Report " + id + (type == null ? "" : " (" + type + ")");
    }

    /** Waits, polling through {@code poll} (a /result answered 2xx, else an {@link ApiException}). */
    ReportResults run(Function<String, Response> poll, Duration timeout, Clock clock, Sleeper sleeper) {
        refuseKnownTimeout();
        Instant deadline = clock.instant().plus(timeout);
        Duration delay = FIRST_POLL_DELAY;
        while (true) {
            Duration wait = delay;
            try {
                Response response = poll.apply(id);
                lastAnswer = oneLine(response.asString());
                ReportResults done = check(Json.read(response, ReportResults.class), statusText(response));
                if (done != null) {
                    tracker.ended(id);
                    return done;
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
                tracker.timedOut(type, timedOut);
                throw timedOut;
            }
            HttpCaller.sleep(sleeper, wait.compareTo(remaining) < 0 ? wait : remaining);
            Duration next = Duration.ofNanos((long) (delay.toNanos() * 1.5));
            delay = next.compareTo(MAX_POLL_DELAY) < 0 ? next : MAX_POLL_DELAY;
        }
    }

    /**
     * The answer once it has a status, null while the report runs (or while an id never seen answers {}, as an
     * unknown id does). Throws {@link UnexpectedResultException} when the answer is {} for a report seen before
     * (its start or an earlier poll answered it), names another id or report type, or, when success is awaited,
     * gives a final status other than SUCCESS or WARNING.
     */
    ReportResults check(ReportResults answer, String statusText) {
        if (answer.id() == null) {
            if (!answer.isEmpty()) {
                throw unexpected("/result answered without the report's id");
            }
            if (seen) {
                throw unexpected("/result answered {} for a report the target had answered before (its start or an "
                        + "earlier poll): the target lost it");
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
            refuseKnownTimeout();
        }
        if (answer.status() == null) {
            if (statusText != null) {
                throw unexpected("/result answered status " + statusText + ", none of the document's");
            }
            return null;
        }
        if (successAwaited && !SUCCESS.contains(answer.status())) {
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
                + (successAwaited ? " until status SUCCESS or WARNING" : " until a status");
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
