package io.rdesuite.load.support;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.api.RetryAfter;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Judges every answer of a load run against the rate-limit contract, from what the client saw alone:
 * <ul>
 *   <li>only documented statuses, and no 5xx;</li>
 *   <li>a 429 carries Retry-After as whole seconds (or an HTTP date);</li>
 *   <li>a 429 comes only when the client is over its limit: about N+1 requests in the last window (sliding,
 *       so a fixed-window limiter always qualifies; short of N by at most {@link #tolerance}, for requests
 *       still in flight);</li>
 *   <li>no more than 2N requests are accepted in any span shorter than the window (a fixed window allows at
 *       most two windows' worth there): more means the limit is not enforced;</li>
 *   <li>Retry-After tells the truth: a request sent after the advised wait is not refused, unless some request
 *       of the same client was accepted since the 429 (others may have used the new window first). A user's
 *       earliest advice holds until it is accepted: a refused request sent before that instant does not erase
 *       it.</li>
 * </ul>
 * A client's budget is its own, or its own in each API version when the run expects budgets per version and
 * spans several ({@link #budget}): the rules count the requests of one budget.
 * Each {@link #observe} returns {@link #OK} or the one-line reason the answer breaks the contract, which the
 * simulations turn into a failed Gatling check. This is the one place where load judges a 429. Plain Java, so
 * the rules are tested without Gatling.
 */
public final class RateLimitGate {

    public static final String OK = "ok";
    /** Too Many Requests: the answer of a request over the limit. */
    public static final int REFUSED = 429;

    /** What one request and its answer looked like to the client; times in epoch milliseconds. */
    public record Observation(ApiVersion version, Operation operation, String clientId, long sentAt,
                              long receivedAt, int status, String retryAfter) {

        /** An answer of v3. */
        public Observation(Operation operation, String clientId, long sentAt, long receivedAt, int status,
                           String retryAfter) {
            this(ApiVersion.V3, operation, clientId, sentAt, receivedAt, status, retryAfter);
        }
    }

    private record Advice(long refusedSentAt, long advisedAt) {
    }

    private static final class ClientLog {
        final Deque<long[]> sends = new ArrayDeque<>(); // {sentAt, accepted 0|1, receivedAt}
        long lastAcceptedReceivedAt = Long.MIN_VALUE;
        long firstSentAt = Long.MAX_VALUE;
        long lastReceivedAt = Long.MIN_VALUE;
        int accepted;
        int refused;
    }

    private final Function<String, RateLimitSpec> limits;
    private final long slackMs;
    private final boolean seesAllTraffic;
    private final boolean budgetPerVersion;
    private final Map<String, ClientLog> clients = new ConcurrentHashMap<>();
    private final Map<Long, Advice> advice = new ConcurrentHashMap<>();
    private final Map<Long, String> verdicts = new ConcurrentHashMap<>();
    private final StatusCounts cells = new StatusCounts();
    private final List<String> violations = new ArrayList<>();
    private int retriesAfterAdvice;
    private int retriesHonoured;
    private int refusals;
    private int refusalsWithRetryAfter;

    /**
     * @param limits         the limit each client is expected to meet
     * @param slackMs        clock and queueing slack granted to the sliding-window counts (50 ms on loopback)
     * @param seesAllTraffic false when other injectors use the same clients: this gate then sees only part of
     *                       each client's requests and cannot call a 429 early (the other rules still hold)
     * @param budgetPerVersion true when each client has a budget of its own in each API version
     */
    public RateLimitGate(Function<String, RateLimitSpec> limits, long slackMs, boolean seesAllTraffic,
                         boolean budgetPerVersion) {
        this.limits = limits;
        this.slackMs = slackMs;
        this.seesAllTraffic = seesAllTraffic;
        this.budgetPerVersion = budgetPerVersion;
    }

    /** The budget a client's request in {@code version} draws on: "client", or "client@v1" when per version. */
    public String budget(String clientId, ApiVersion version) {
        return budgetPerVersion ? clientId + "@" + version.label() : clientId;
    }

    /** Records one answer of virtual user {@code userId}; returns {@link #OK} or why it breaks the contract. */
    public String observe(long userId, Observation o) {
        String verdict = judge(userId, o);
        verdicts.put(userId, verdict);
        synchronized (this) {
            cells.add(o.version(), o.operation(), o.status());
            if (!OK.equals(verdict) && violations.size() < 200) {
                violations.add(o.version().label() + " " + o.operation().id(o.version()) + " " + o.status()
                        + " (" + budget(o.clientId(), o.version()) + "): " + verdict);
            }
        }
        return verdict;
    }

    /** The verdict on virtual user {@code userId}'s last answer. */
    public String verdict(long userId) {
        return verdicts.getOrDefault(userId, OK);
    }

    private String judge(long userId, Observation o) {
        RateLimitSpec limit = limits.apply(o.clientId());
        ClientLog log = clients.computeIfAbsent(budget(o.clientId(), o.version()), id -> new ClientLog());
        synchronized (log) {
            log.firstSentAt = Math.min(log.firstSentAt, o.sentAt());
            log.lastReceivedAt = Math.max(log.lastReceivedAt, o.receivedAt());
            long window = limit.isOff() ? 0 : limit.window().toMillis();
            while (!log.sends.isEmpty() && log.sends.peekFirst()[0] < o.sentAt() - 3 * Math.max(window, 1000)) {
                log.sends.removeFirst();
            }
            boolean refused = o.status() == REFUSED;
            log.sends.addLast(new long[] {o.sentAt(), refused ? 0 : 1, o.receivedAt()});
            String problem = null;
            if (!o.operation().documents(o.status())) {
                problem = "status " + o.status() + " is not documented for " + o.operation().id();
            } else if (o.status() >= 500) {
                problem = "server error " + o.status();
            }
            String rateProblem = refused ? judgeRefusal(userId, o, limit, log) : judgeAcceptance(userId, o, limit, log);
            problem = first(problem, rateProblem);
            return problem == null ? OK : problem;
        }
    }

    /** A 429: over the limit, after no advice that had passed, with a usable Retry-After. Holds the log's lock. */
    private String judgeRefusal(long userId, Observation o, RateLimitSpec limit, ClientLog log) {
        log.refused++;
        Optional<Long> seconds = RetryAfter.seconds(o.retryAfter(), Instant.ofEpochMilli(o.receivedAt()));
        synchronized (this) {
            refusals++;
            if (seconds.isPresent()) {
                refusalsWithRetryAfter++;
            }
        }
        String problem = null;
        if (limit.isOff()) {
            problem = "429 although no rate limit applies to " + budget(o.clientId(), o.version());
        } else if (seesAllTraffic) {
            long since = o.sentAt() - limit.window().toMillis() - slackMs;
            long sent = log.sends.stream().filter(s -> s[2] >= since && s[0] <= o.receivedAt()).count();
            if (sent <= limit.requests() - tolerance(limit)) {
                problem = "429 while under the limit: " + sent + " requests in the last "
                        + limit.window().toSeconds() + " s, limit " + limit;
            }
        }
        Advice pending = advice.get(userId);
        Advice now = new Advice(o.sentAt(), seconds.map(s -> o.receivedAt() + s * 1000).orElse(Long.MAX_VALUE));
        if (pending != null && o.sentAt() >= pending.advisedAt()) {
            countRetry(false);
            if (log.lastAcceptedReceivedAt < pending.refusedSentAt()) {
                problem = first(problem, "refused " + (o.sentAt() - pending.advisedAt())
                        + " ms after the advised Retry-After had passed: Retry-After is too short");
            }
            advice.put(userId, now);
        } else if (pending == null || now.advisedAt() < pending.advisedAt()) {
            advice.put(userId, now);
        }
        if (seconds.isEmpty()) {
            problem = first(problem, "429 without a usable Retry-After header ("
                    + (o.retryAfter() == null ? "missing" : "'" + o.retryAfter() + "'") + ")");
        }
        return problem;
    }

    /** An accepted answer: at most 2N accepted within one window. Clears the user's advice. Holds the log's lock. */
    private String judgeAcceptance(long userId, Observation o, RateLimitSpec limit, ClientLog log) {
        log.accepted++;
        log.lastAcceptedReceivedAt = Math.max(log.lastAcceptedReceivedAt, o.receivedAt());
        Advice pending = advice.remove(userId);
        if (pending != null && o.sentAt() >= pending.advisedAt()) {
            countRetry(true);
        }
        if (limit.isOff()) {
            return null;
        }
        long since = o.sentAt() - limit.window().toMillis() + slackMs;
        long accepted = log.sends.stream().filter(s -> s[1] == 1 && s[0] >= since).count();
        return accepted > 2L * limit.requests()
                ? "accepted " + accepted + " requests within one window, limit " + limit
                        + ": the rate limit is not enforced"
                : null;
    }

    /**
     * Requests still in flight when a 429 is judged are not in the log yet (their answers come later), so a
     * refusal counts as early only when the log is short of N by more than this: 10 % of N, at least 2.
     */
    static int tolerance(RateLimitSpec limit) {
        return Math.max(2, limit.requests() / 10);
    }

    private synchronized void countRetry(boolean honoured) {
        retriesAfterAdvice++;
        if (honoured) {
            retriesHonoured++;
        }
    }

    private static String first(String existing, String next) {
        return existing != null ? existing : next;
    }

    /** When virtual user {@code userId} may send again after its last 429, or empty when it has no advice. */
    public OptionalLong advisedAt(long userId) {
        Advice a = advice.get(userId);
        return a == null || a.advisedAt() == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(a.advisedAt());
    }

    /** Summary of a budget's answers ({@code clientId} is the {@link #budget}: the client, or client@version). */
    public record ClientTally(String clientId, int accepted, int refused, long firstSentAt, long lastReceivedAt) {
    }

    public List<ClientTally> tallies() {
        List<ClientTally> list = new ArrayList<>();
        clients.forEach((id, log) -> {
            synchronized (log) {
                list.add(new ClientTally(id, log.accepted, log.refused, log.firstSentAt, log.lastReceivedAt));
            }
        });
        list.sort(Comparator.comparing(ClientTally::clientId));
        return list;
    }

    /** The tally of a budget ({@link #budget}). */
    public ClientTally tally(String budget) {
        return tallies().stream().filter(t -> t.clientId().equals(budget)).findFirst()
                .orElse(new ClientTally(budget, 0, 0, 0, 0));
    }

    /** The statuses each operation answered, per version and over all versions. */
    StatusCounts cells() {
        return cells;
    }

    public synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    /** How many 429s came (with a usable Retry-After), how many requests followed an advised wait, how many passed. */
    public record RetryCounts(int refusals, int refusalsWithRetryAfter, int retriesAfterAdvisedWait,
                              int retriesHonoured) {
    }

    public synchronized RetryCounts retryCounts() {
        return new RetryCounts(refusals, refusalsWithRetryAfter, retriesAfterAdvice, retriesHonoured);
    }
}
