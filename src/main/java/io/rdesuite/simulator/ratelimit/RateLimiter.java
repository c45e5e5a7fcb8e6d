package io.rdesuite.simulator.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.ClockTimeMeter;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.api.model.RateLimitBody;
import io.rdesuite.simulator.http.ApiResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * How the simulator limits and answers 429, in one place. The documented limit, "N requests per W seconds" per
 * client_id, as a fixed window: a Bucket4j bucket of N tokens refilled all at once every W (interval refill), the
 * window starting at the client's first request. Over the limit the answer is 429 with the published body
 * {"message": " Rate Limit Exceeded "} and Retry-After: the time until that refill, rounded up to whole seconds
 * (no X-RateLimit-* headers: none are documented).
 *
 * <p>Optional escalation, as some routes document: after 3 violated windows within 120 s the client is held
 * off for 60 s, then 300, 600 and 1200 s on later escalations.
 *
 * <p>Per API version (the documentation: "counted per API version"): {@link #forVersion} is the limiter a version's
 * routes use; while {@link #perVersion()} is on, each version keeps its own budget per client, else all versions
 * draw on one. Views of one limiter share its limits and budgets: configuring one configures all.
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

    private final Budgets budgets;
    /** The version this view counts for; null: the one budget of every version (the unversioned view). */
    private final ApiVersion version;

    public RateLimiter(Clock clock, RateLimitSpec defaultLimit, Map<String, RateLimitSpec> clientLimits,
                       boolean escalation) {
        this(clock, defaultLimit, clientLimits, escalation, true, () -> false);
    }

    /**
     * {@code perVersion}: each version its own budget per client; {@code oneBudget}, read on every request: true
     * while the versions must share one budget whatever {@code perVersion} says.
     */
    public RateLimiter(Clock clock, RateLimitSpec defaultLimit, Map<String, RateLimitSpec> clientLimits,
                       boolean escalation, boolean perVersion, BooleanSupplier oneBudget) {
        this.budgets = new Budgets(clock, oneBudget);
        this.version = null;
        configure(defaultLimit, clientLimits, escalation);
        perVersion(perVersion);
    }

    private RateLimiter(Budgets budgets, ApiVersion version) {
        this.budgets = budgets;
        this.version = version;
    }

    /** The limiter of one version's routes: the same limits and budgets, its own budget while per version. */
    public RateLimiter forVersion(ApiVersion version) {
        return new RateLimiter(budgets, Objects.requireNonNull(version));
    }

    /** New limits apply from the next request, with fresh windows. */
    public void configure(RateLimitSpec defaultLimit, Map<String, RateLimitSpec> clientLimits, boolean escalation) {
        budgets.defaultLimit = defaultLimit;
        budgets.clientLimits = Map.copyOf(clientLimits);
        budgets.escalation = escalation;
        reset();
    }

    /** Each version its own budget (true) or one for all (false), from the next request, with fresh windows. */
    public void perVersion(boolean on) {
        budgets.perVersion = on;
        reset();
    }

    /** Whether the versions count separately: configured so, and no defect merges them. */
    public boolean perVersion() {
        return budgets.perVersion && !budgets.oneBudget.getAsBoolean();
    }

    /** The configured choice, whatever a defect does. */
    public boolean perVersionConfigured() {
        return budgets.perVersion;
    }

    public void reset() {
        budgets.shared.clear();
        for (Map<String, ClientState> states : budgets.byVersion) {
            states.clear();
        }
    }

    public RateLimitSpec defaultLimit() {
        return budgets.defaultLimit;
    }

    public Map<String, RateLimitSpec> clientLimits() {
        return budgets.clientLimits;
    }

    public boolean escalation() {
        return budgets.escalation;
    }

    public RateLimitSpec limitFor(String clientId) {
        return budgets.clientLimits.getOrDefault(clientId, budgets.defaultLimit);
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
        Map<String, ClientState> states = version != null && perVersion()
                ? budgets.byVersion.get(version.ordinal()) : budgets.shared;
        ClientState state = states.computeIfAbsent(clientId, id -> new ClientState(spec, budgets.timeMeter));
        return state.tryAcquire(budgets.clock.instant(), budgets.escalation);
    }

    /** What the views of one limiter share: the limits and the budgets, one set per version and one for all. */
    private static final class Budgets {
        final Clock clock;
        final TimeMeter timeMeter;
        final BooleanSupplier oneBudget;
        final Map<String, ClientState> shared = new ConcurrentHashMap<>();
        final List<Map<String, ClientState>> byVersion;
        volatile RateLimitSpec defaultLimit;
        volatile Map<String, RateLimitSpec> clientLimits = Map.of();
        volatile boolean escalation;
        volatile boolean perVersion;

        Budgets(Clock clock, BooleanSupplier oneBudget) {
            this.clock = clock;
            this.timeMeter = new ClockTimeMeter(clock);
            this.oneBudget = oneBudget;
            List<Map<String, ClientState>> maps = new ArrayList<>();
            for (int i = 0; i < ApiVersion.values().length; i++) {
                maps.add(new ConcurrentHashMap<>());
            }
            this.byVersion = List.copyOf(maps);
        }
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

}
