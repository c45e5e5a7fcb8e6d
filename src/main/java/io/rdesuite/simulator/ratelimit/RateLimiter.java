package io.rdesuite.simulator.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.api.model.RateLimitBody;
import io.rdesuite.simulator.http.ApiResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the simulator limits and answers 429, in one place. The documented limit, "N requests per W seconds" per
 * client_id, as a fixed window: a Bucket4j bucket of N tokens refilled all at once every W (interval refill), the
 * window starting at the client's first request. Over the limit the answer is 429 with the published body
 * {"message": " Rate Limit Exceeded "} and Retry-After: the time until that refill, rounded up to whole seconds
 * (no X-RateLimit-* headers: none are documented).
 *
 * <p>Optional escalation, as some routes document: after 3 violated windows within 120 s the client is held
 * off for 60 s, then 300, 600 and 1200 s on later escalations.
 */
public final class RateLimiter {

    /** The 429 body's message, spaces as published. */
    public static final String MESSAGE = " Rate Limit Exceeded ";
    static final int VIOLATED_WINDOWS_TO_ESCALATE = 3;
    static final Duration ESCALATION_SPAN = Duration.ofSeconds(120);
    static final List<Duration> ESCALATION_STEPS = List.of(
            Duration.ofSeconds(60), Duration.ofSeconds(300), Duration.ofSeconds(600), Duration.ofSeconds(1200));

    /** The verdict on one request. */
    public record Decision(boolean allowed, long retryAfterSeconds, Duration exactWait, long remaining) {
        static final Decision UNLIMITED = new Decision(true, 0, Duration.ZERO, Long.MAX_VALUE);
    }

    private final Clock clock;
    private final TimeMeter timeMeter;
    private final Map<String, ClientState> states = new ConcurrentHashMap<>();
    private volatile RateLimitSpec defaultLimit;
    private volatile Map<String, RateLimitSpec> clientLimits;
    private volatile boolean escalation;

    public RateLimiter(Clock clock, RateLimitSpec defaultLimit, Map<String, RateLimitSpec> clientLimits,
                       boolean escalation) {
        this.clock = clock;
        this.timeMeter = new ClockTimeMeter(clock);
        configure(defaultLimit, clientLimits, escalation);
    }

    /** New limits apply from the next request, with fresh windows. */
    public void configure(RateLimitSpec defaultLimit, Map<String, RateLimitSpec> clientLimits, boolean escalation) {
        this.defaultLimit = defaultLimit;
        this.clientLimits = Map.copyOf(clientLimits);
        this.escalation = escalation;
        states.clear();
    }

    public void reset() {
        states.clear();
    }

    public RateLimitSpec defaultLimit() {
        return defaultLimit;
    }

    public Map<String, RateLimitSpec> clientLimits() {
        return clientLimits;
    }

    public boolean escalation() {
        return escalation;
    }

    public RateLimitSpec limitFor(String clientId) {
        return clientLimits.getOrDefault(clientId, defaultLimit);
    }

    /** Counts one request of the client: null when it is within the limit, else the 429 to answer. */
    public ApiResponse admit(String clientId) {
        Decision decision = tryAcquire(clientId);
        return decision.allowed() ? null : tooManyRequests(decision.retryAfterSeconds());
    }

    static ApiResponse tooManyRequests(long retryAfterSeconds) {
        return ApiResponse.json(429, new RateLimitBody(MESSAGE))
                .header("Retry-After", Long.toString(retryAfterSeconds));
    }

    public Decision tryAcquire(String clientId) {
        RateLimitSpec spec = limitFor(clientId);
        if (spec.isOff()) {
            return Decision.UNLIMITED;
        }
        ClientState state = states.computeIfAbsent(clientId, id -> new ClientState(spec, timeMeter));
        return state.tryAcquire(clock.instant(), escalation);
    }

    private static final class ClientState {
        private final Bucket bucket;
        private final Duration window;
        private final Deque<Instant> violatedWindowEnds = new ArrayDeque<>();
        private int escalationLevel;
        private Instant blockedUntil = Instant.MIN;

        ClientState(RateLimitSpec spec, TimeMeter timeMeter) {
            this.window = spec.window();
            this.bucket = Bucket.builder()
                    .addLimit(limit -> limit.capacity(spec.requests()).refillIntervally(spec.requests(), spec.window()))
                    .withCustomTimePrecision(timeMeter)
                    .build();
        }

        synchronized Decision tryAcquire(Instant now, boolean escalation) {
            if (escalation && now.isBefore(blockedUntil)) {
                Duration wait = Duration.between(now, blockedUntil);
                return new Decision(false, ceilSeconds(wait), wait, 0);
            }
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                return new Decision(true, 0, Duration.ZERO, probe.getRemainingTokens());
            }
            Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
            if (escalation) {
                Duration held = recordViolation(now, now.plus(wait));
                if (held != null) {
                    return new Decision(false, ceilSeconds(held), held, 0);
                }
            }
            return new Decision(false, ceilSeconds(wait), wait, 0);
        }

        /** Returns the hold-off when this violation escalates, else null. */
        private Duration recordViolation(Instant now, Instant windowEnd) {
            if (violatedWindowEnds.isEmpty() || !violatedWindowEnds.peekLast().equals(windowEnd)) {
                violatedWindowEnds.addLast(windowEnd);
            }
            while (!violatedWindowEnds.isEmpty()
                    && violatedWindowEnds.peekFirst().isBefore(now.minus(ESCALATION_SPAN).minus(window))) {
                violatedWindowEnds.removeFirst();
            }
            if (violatedWindowEnds.size() < VIOLATED_WINDOWS_TO_ESCALATE) {
                return null;
            }
            violatedWindowEnds.clear();
            Duration held = ESCALATION_STEPS.get(Math.min(escalationLevel, ESCALATION_STEPS.size() - 1));
            escalationLevel++;
            blockedUntil = now.plus(held);
            return held;
        }
    }

    static long ceilSeconds(Duration d) {
        long nanos = d.toNanos();
        return nanos <= 0 ? 0 : (nanos + 999_999_999L) / 1_000_000_000L;
    }

    /** Lets Bucket4j read the simulator's clock, so tests can move time. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
