package io.rdesuite.load.support;

import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.api.RetryAfter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Measures one client's rate limit instead of assuming it, in about two windows:
 * <ol>
 *   <li>burst: send back to back until the first 429; the accepted count bounds the limit;</li>
 *   <li>await refill: wait for the advised Retry-After less a lead, then poll every {@code stepMs} (one poll
 *       lands exactly on the advised instant) until one is accepted: the refill lies between the last refused
 *       and the first accepted poll;</li>
 *   <li>burst again from that refill: the accepted count is the limit N (a full window from its start);</li>
 *   <li>await the next refill the same way: the time between the two refills is the window W, and the first
 *       refill less W is where the windows start (relative to the first request).</li>
 * </ol>
 * Every 429 is kept with its advised wait and the earliest success seen after it: that is the Retry-After
 * truth of the profile. Plain Java: the simulation feeds it answers and asks it how long to pause.
 */
public final class RateLimitProbe {

    public enum Phase { BURST_1, AWAIT_REFILL_1, BURST_2, AWAIT_REFILL_2, DONE }

    /** One request and answer, epoch milliseconds; {@code retryAfterSeconds} empty when absent or unusable. */
    public record Sample(long sentAt, long receivedAt, int status, OptionalLong retryAfterSeconds) {

        /** A sample whose Retry-After header (null when absent) is read as whole seconds, rounded up. */
        public static Sample of(long sentAt, long receivedAt, int status, String retryAfter) {
            Optional<Long> seconds = RetryAfter.seconds(retryAfter, Instant.ofEpochMilli(receivedAt));
            return new Sample(sentAt, receivedAt, status,
                    seconds.map(OptionalLong::of).orElse(OptionalLong.empty()));
        }

        public boolean refused() {
            return status == RateLimitGate.REFUSED;
        }
    }

    /** What a 429 advised and what followed it. */
    public record RetryAfterTruth(long refusedAtMs, Long advisedWaitSeconds, Long earliestSuccessAfterMs,
                                  boolean refusedAfterAdvisedWait, Boolean honoured) {
    }

    /** The measured profile. {@code estimatedLimit} and {@code windowSeconds} are null when not measured. */
    public record Result(String clientId, Integer estimatedLimit, Integer firstBurstAccepted, Double windowSeconds,
                         Long windowStartOffsetMs, Long recoveryMs, long durationMs, int requests, int refused,
                         boolean finished, String outcome, List<RetryAfterTruth> retryAfterTruth,
                         List<Sample> samples) {
    }

    private final String clientId;
    private final int maxBurst;
    private final long stepMs;
    private final long leadMs;
    private final long maxDurationMs;
    private final List<Sample> samples = new ArrayList<>();
    private Phase phase = Phase.BURST_1;
    private int burst1Accepted;
    private int burst2Accepted;
    private long anchorReceivedAt;
    private long anchorAdvisedMs;
    private long lastRefusedSentAt;
    private long lastSentAt;
    private Long refill1;
    private Long refill2;
    private Long firstRefusalReceivedAt;
    private String outcome = "running";

    /**
     * @param maxBurst      requests a burst may send without a 429 before the probe concludes that no limit is
     *                      enforced (a few times the expected limit)
     * @param stepMs        spacing of the polls that look for a refill: the resolution of the window estimate
     * @param leadMs        how long before the advised instant polling starts, to see early refills too
     * @param maxDurationMs when the probe gives up
     */
    public RateLimitProbe(String clientId, int maxBurst, long stepMs, long leadMs, long maxDurationMs) {
        this.clientId = clientId;
        this.maxBurst = maxBurst;
        this.stepMs = stepMs;
        this.leadMs = (leadMs / stepMs) * stepMs;
        this.maxDurationMs = maxDurationMs;
    }

    /** The limit a probe of {@code expected} may assume at most before it calls the limit unenforced. */
    public static int maxBurstFor(RateLimitSpec expected) {
        return Math.max(30, 3 * expected.requests());
    }

    public synchronized Phase phase() {
        return phase;
    }

    public synchronized boolean done() {
        return phase == Phase.DONE;
    }

    /** How long to wait, from {@code nowMs}, before the next request. */
    public synchronized long pauseMs(long nowMs) {
        if (phase != Phase.AWAIT_REFILL_1 && phase != Phase.AWAIT_REFILL_2) {
            return 0;
        }
        long start = anchorReceivedAt + anchorAdvisedMs - leadMs;
        long next = start;
        if (lastSentAt >= start) {
            next = start + ((lastSentAt - start) / stepMs + 1) * stepMs;
        }
        return Math.max(0, next - nowMs);
    }

    public synchronized void record(Sample s) {
        if (phase == Phase.DONE) {
            return;
        }
        samples.add(s);
        lastSentAt = Math.max(lastSentAt, s.sentAt());
        if (s.refused()) {
            lastRefusedSentAt = s.sentAt();
            if (firstRefusalReceivedAt == null) {
                firstRefusalReceivedAt = s.receivedAt();
            }
        }
        switch (phase) {
            case BURST_1, BURST_2 -> burst(s);
            case AWAIT_REFILL_1, AWAIT_REFILL_2 -> awaitRefill(s);
            default -> { }
        }
        if (phase != Phase.DONE && s.receivedAt() - samples.get(0).sentAt() > maxDurationMs) {
            finish("gave up after " + maxDurationMs + " ms in phase " + phase);
        }
    }

    /** Back to back until the first 429, which anchors the wait for the refill. */
    private void burst(Sample s) {
        boolean first = phase == Phase.BURST_1;
        if (s.refused()) {
            anchor(s);
            phase = first ? Phase.AWAIT_REFILL_1 : Phase.AWAIT_REFILL_2;
        } else if ((first ? ++burst1Accepted : ++burst2Accepted) >= maxBurst) {
            finish("no 429 after " + maxBurst + (first ? " back-to-back requests" : " requests in the second window")
                    + ": no rate limit is enforced");
        }
    }

    /** The first accepted poll: the refill lies between it and the last refused one. */
    private void awaitRefill(Sample s) {
        if (s.refused()) {
            return;
        }
        long refill = (lastRefusedSentAt + s.sentAt()) / 2;
        if (phase == Phase.AWAIT_REFILL_1) {
            refill1 = refill;
            burst2Accepted = 1;
            phase = Phase.BURST_2;
        } else {
            refill2 = refill;
            finish("measured");
        }
    }

    private void anchor(Sample s) {
        anchorReceivedAt = s.receivedAt();
        anchorAdvisedMs = s.retryAfterSeconds().isPresent() ? s.retryAfterSeconds().getAsLong() * 1000 : leadMs;
    }

    private void finish(String why) {
        outcome = why;
        phase = Phase.DONE;
    }

    public synchronized Result result() {
        Double window = refill1 != null && refill2 != null ? (refill2 - refill1) / 1000.0 : null;
        Integer limit = refill2 != null ? burst2Accepted : null;
        Long offset = window == null ? null : refill1 - Math.round(window * 1000) - samples.get(0).sentAt();
        Long recovery = refill1 != null && firstRefusalReceivedAt != null ? refill1 - firstRefusalReceivedAt : null;
        long duration = samples.isEmpty() ? 0
                : samples.get(samples.size() - 1).receivedAt() - samples.get(0).sentAt();
        int refused = (int) samples.stream().filter(Sample::refused).count();
        return new Result(clientId, limit, phase == Phase.BURST_1 ? null : burst1Accepted, window, offset, recovery,
                duration, samples.size(), refused, refill2 != null, outcome, truth(), List.copyOf(samples));
    }

    private List<RetryAfterTruth> truth() {
        List<RetryAfterTruth> list = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            if (!s.refused()) {
                continue;
            }
            Long advised = s.retryAfterSeconds().isPresent() ? s.retryAfterSeconds().getAsLong() : null;
            long advisedAt = advised == null ? Long.MAX_VALUE : s.receivedAt() + advised * 1000;
            Optional<Sample> success = Optional.empty();
            boolean refusedAfterAdvice = false;
            for (int j = i + 1; j < samples.size(); j++) {
                Sample later = samples.get(j);
                if (!later.refused()) {
                    success = Optional.of(later);
                    break;
                }
                if (later.sentAt() >= advisedAt) {
                    refusedAfterAdvice = true;
                }
            }
            Long earliest = success.map(x -> x.sentAt() - s.receivedAt()).orElse(null);
            Boolean honoured = advised == null ? Boolean.FALSE
                    : refusedAfterAdvice ? Boolean.FALSE
                    : success.isPresent() ? Boolean.TRUE : null;
            list.add(new RetryAfterTruth(s.receivedAt(), advised, earliest, refusedAfterAdvice, honoured));
        }
        return list;
    }

    /**
     * {@link RateLimitGate#OK} when the probe finished and measured {@code expected} within the tolerances (limit
     * 5 %, window 10 %, in at most three windows), else why not. Null {@code expected} (a target whose limit is
     * unknown) checks only that the probe finished. Whether each 429 and its Retry-After were right is the
     * {@link RateLimitGate}'s to judge; the probe's Retry-After truth is a measurement for the profile.
     */
    public String verdict(RateLimitSpec expected) {
        Result r = result();
        if (!r.finished()) {
            return "probe of " + clientId + " did not finish: " + r.outcome();
        }
        if (expected == null || expected.isOff()) {
            return RateLimitGate.OK;
        }
        double w = expected.window().toMillis() / 1000.0;
        if (Math.abs(r.estimatedLimit() - expected.requests()) > 0.05 * expected.requests()) {
            return "estimated limit " + r.estimatedLimit() + ", configured " + expected.requests() + " (more than 5 % off)";
        }
        if (Math.abs(r.windowSeconds() - w) > 0.10 * w) {
            return String.format(Locale.ROOT, "estimated window %.3f s, configured %.3f s (more than 10 %% off)",
                    r.windowSeconds(), w);
        }
        if (r.durationMs() > 3 * expected.window().toMillis()) {
            return "probe took " + r.durationMs() + " ms, more than three windows";
        }
        return RateLimitGate.OK;
    }
}
