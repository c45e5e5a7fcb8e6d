package io.rdesuite.scenarios.crossversion;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.client.SimulatorControl;
import io.rdesuite.support.TargetApi;
import io.rdesuite.support.TargetApi.Identity;
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
import java.util.function.Supplier;

/**
 * Drives the full-access client over its limit with one call, as the gateway's burst does: on a simulator its limit
 * is first tightened to {@value #TIGHT_LIMIT} through the control API (a 10 s window, so the next call falls in the
 * same one) and put back on close; on a tenant a bounded burst sized for the documented default goes out on a few
 * threads. Every answer but 429 must be 200.
 */
final class VersionBurst implements AutoCloseable {

    static final String TIGHT_LIMIT = "3/10s";
    static final int SIMULATOR_BURST = 10;
    static final int TENANT_BURST = 120;
    static final int THREADS = 8;

    private final Runnable restore;

    private VersionBurst(Runnable restore) {
        this.restore = restore;
    }

    static VersionBurst of(TargetApi api) {
        Optional<SimulatorControl> control = api.control();
        Optional<String> clientId = api.clientId(Identity.MANAGE);
        return new VersionBurst(control.isPresent() && clientId.isPresent()
                ? tighten(control.get(), clientId.get()) : null);
    }

    /** The first 429 of the burst of {@code call}; empty when a tenant answered none. */
    Optional<Response> untilLimited(Supplier<Response> call) {
        return restore != null ? sequential(call) : parallel(call);
    }

    @Override
    public void close() {
        if (restore != null) {
            restore.run();
        }
    }

    private static Optional<Response> sequential(Supplier<Response> call) {
        for (int i = 0; i < SIMULATOR_BURST; i++) {
            Response response = call.get();
            if (response.statusCode() == 429) {
                return Optional.of(response);
            }
            response.then().statusCode(200);
        }
        throw new AssertionError("no 429 within " + SIMULATOR_BURST + " requests once the limit is " + TIGHT_LIMIT);
    }

    private static Optional<Response> parallel(Supplier<Response> call) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < TENANT_BURST; i++) {
                sent.add(pool.submit(call::get));
            }
            Response limited = null;
            for (Future<Response> future : sent) {
                Response response = future.get();
                if (response.statusCode() != 429) {
                    response.then().statusCode(200);
                } else if (limited == null) {
                    limited = response;
                }
            }
            return Optional.ofNullable(limited);
        } catch (ExecutionException e) {
            throw new AssertionError("a request of the burst failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Tightens the client's limit; the returned action puts every limit back as it was. */
    private static Runnable tighten(SimulatorControl control, String clientId) {
        JsonNode limits = control.info().path("settings").path("rateLimits");
        String defaultLimit = limits.path("default").asText();
        boolean escalation = limits.path("escalation").asBoolean(false);
        Map<String, String> clients = new LinkedHashMap<>();
        limits.path("clients").fields().forEachRemaining(e -> clients.put(e.getKey(), e.getValue().asText()));
        Map<String, String> tight = new LinkedHashMap<>(clients);
        tight.put(clientId, RateLimitSpec.parse(TIGHT_LIMIT).toString());
        control.setRateLimits(defaultLimit, tight, false);
        return () -> control.setRateLimits(defaultLimit, clients, escalation);
    }
}
