package io.rdesuite.scenarios.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.Operation;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.api.choices.OpenChoice;
import io.rdesuite.client.SimulatorControl;
import io.rdesuite.support.TargetApi;
import io.rdesuite.support.TargetApi.Identity;
import io.rdesuite.support.ValidCalls;
import io.rdesuite.verdict.Observations;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A bounded burst of one operation's valid call, sent as the full-access client without the 429 courtesy until
 * the first 429. On a simulator the client's limit is first tightened through the control API (and put back on
 * close), so a 429 must come within a few requests; on a tenant the burst is sized for the documented default
 * (100 per 10 s) and goes out on a few threads. Every answer other than 429 must be the operation's success (for
 * the cancel of the completed report, an honest answer to the cancel of a finished report, observed); a 429 that a
 * scenario reads is judged by {@link RateLimitedAnswer}.
 */
public final class Burst implements AutoCloseable {

    /** Requests sent to a tenant before giving up on seeing 429 (the documented default limit is 100/10 s). */
    public static final int TENANT_BURST = 120;
    static final int SIMULATOR_BURST = 10;
    static final String TIGHT_LIMIT = "2/1s";
    static final int BURST_THREADS = 8;

    private final TargetApi api;
    private final Identity who;
    private final Operation operation;
    private final RateLimitSpec limit;
    private final RestoreLimits restore;

    private Burst(TargetApi api, Identity who, Operation operation, RateLimitSpec limit, RestoreLimits restore) {
        this.api = api;
        this.who = who;
        this.operation = operation;
        this.limit = limit;
        this.restore = restore;
    }

    /** A burst of {@code operation}; on a simulator, the full-access client's limit is {@value #TIGHT_LIMIT}. */
    static Burst of(TargetApi api, Operation operation) {
        return of(api, operation, RateLimitSpec.parse(TIGHT_LIMIT));
    }

    /** A burst of {@code operation}; on a simulator, the full-access client's limit is {@code limit} until close. */
    public static Burst of(TargetApi api, Operation operation, RateLimitSpec limit) {
        return of(api, Identity.MANAGE, operation, limit);
    }

    /** A burst of {@code operation} as {@code who} (whose credentials the target must have). */
    static Burst of(TargetApi api, Identity who, Operation operation, RateLimitSpec limit) {
        Optional<SimulatorControl> control = api.control();
        Optional<String> clientId = api.clientId(who);
        return control.isPresent() && clientId.isPresent()
                ? new Burst(api, who, operation, limit, RestoreLimits.tighten(control.get(), clientId.get(), limit))
                : new Burst(api, who, operation, RateLimitSpec.DOCUMENTED_DEFAULT, null);
    }

    /** The limit the burst meets: the one set on a simulator, the documented default (100 per 10 s) on a tenant. */
    RateLimitSpec limit() {
        return limit;
    }

    /** Whether the limit was set through the control API (else it is the tenant's, assumed documented). */
    boolean onSimulator() {
        return restore != null;
    }

    /** The burst's first 429; empty when a tenant answered none (a simulator with its tightened limit must). */
    public Optional<Response> firstRateLimited() {
        if (restore == null) {
            return Optional.ofNullable(parallel(TENANT_BURST));
        }
        Response limited = sequential(SIMULATOR_BURST);
        assertThat(limited).as("a 429 within %d requests once the limit is %s", SIMULATOR_BURST, limit)
                .isNotNull();
        return Optional.of(limited);
    }

    /** The operation's valid call once more, as the burst sends it. */
    Response send() {
        return ValidCalls.send(operation, api.burstAs(who).orElseThrow(), api);
    }

    /** The call once more, its answer judged: a 429 by {@link RateLimitedAnswer}, anything else as served. */
    Response sendJudged() {
        Response response = send();
        if (response.statusCode() == 429) {
            RateLimitedAnswer.check(response);
        } else {
            served(response);
        }
        return response;
    }

    /** The call once more, which must be served (not refused 429). */
    Response sendServed() {
        Response response = send();
        served(response);
        return response;
    }

    /**
     * Judges an answer the limit let through: the operation's success; for cancelReport (of the completed report),
     * any honest answer to the cancel of a finished report, observed ({@link OpenChoice#CANCEL_FINISHED}).
     */
    private void served(Response response) {
        if (operation == Operation.CANCEL_REPORT) {
            Observations.observe(api.version(), OpenChoice.CANCEL_FINISHED, Integer.toString(response.statusCode()),
                    "to a cancel of a finished report");
        } else {
            response.then().statusCode(operation.successStatus());
        }
    }

    @Override
    public void close() {
        if (restore != null) {
            restore.run();
        }
    }

    private Response sequential(int bound) {
        for (int i = 0; i < bound; i++) {
            Response response = send();
            if (response.statusCode() == 429) {
                return response;
            }
            served(response);
        }
        return null;
    }

    /**
     * A tenant's limit is not reached by one thread on a slow line: the bounded burst goes out on a few threads, and
     * no request is sent once one was answered 429 (those in flight then still land), so the burst does not spill
     * into the next window.
     */
    private Response parallel(int bound) {
        ExecutorService pool = Executors.newFixedThreadPool(BURST_THREADS);
        AtomicBoolean seen429 = new AtomicBoolean();
        try {
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < bound; i++) {
                sent.add(pool.submit(() -> {
                    if (seen429.get()) {
                        return null;
                    }
                    Response response = send();
                    if (response.statusCode() == 429) {
                        seen429.set(true);
                    }
                    return response;
                }));
            }
            Response limited = null;
            for (Future<Response> future : sent) {
                Response response = future.get();
                if (response == null) {
                    continue;
                }
                if (response.statusCode() != 429) {
                    served(response);
                } else if (limited == null) {
                    limited = response;
                }
            }
            return limited;
        } catch (ExecutionException e) {
            throw new AssertionError("a request of the burst failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Tightens one client's limit through the control API and puts the previous limits back. */
    private record RestoreLimits(SimulatorControl control, String defaultLimit, Map<String, String> clients,
                                 boolean escalation) implements Runnable {

        static RestoreLimits tighten(SimulatorControl control, String clientId, RateLimitSpec limit) {
            JsonNode limits = control.info().path("settings").path("rateLimits");
            Map<String, String> clients = new LinkedHashMap<>();
            limits.path("clients").fields().forEachRemaining(e -> clients.put(e.getKey(), e.getValue().asText()));
            RestoreLimits restore = new RestoreLimits(control, limits.path("default").asText(), clients,
                    limits.path("escalation").asBoolean(false));
            Map<String, String> tight = new LinkedHashMap<>(clients);
            tight.put(clientId, limit.toString());
            control.setRateLimits(restore.defaultLimit, tight, false);
            return restore;
        }

        @Override
        public void run() {
            control.setRateLimits(defaultLimit, clients, escalation);
        }
    }
}
