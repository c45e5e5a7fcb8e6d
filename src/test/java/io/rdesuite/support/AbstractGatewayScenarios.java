package io.rdesuite.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.qameta.allure.SeverityLevel;
import io.rdesuite.client.SimulatorControl;
import io.rdesuite.support.TargetApi.Identity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What stands before every operation, checked the same way for each: 401 for each kind of bad credentials, 403
 * for identities without the operation's scope, 429 with an honest Retry-After, 500 when a fault is armed.
 * Each operation's folder has a subclass naming the operation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractGatewayScenarios {

    /** Requests sent in a burst before giving up on seeing 429 (the documented default limit is 100/10 s). */
    static final int TENANT_BURST = 120;
    static final int SIMULATOR_BURST = 10;
    static final String TIGHT_LIMIT = "2/1s";
    static final int BURST_THREADS = 8;

    protected abstract Operation operation();

    @ParameterizedTest(name = "answers 401 to {0}")
    @EnumSource(BadCredentials.class)
    @DisplayName("answers 401 with {\"error\": \"JWT validation failed...\"} to a request without valid credentials")
    void unauthorized(BadCredentials credentials) {
        Scenario.covers(operation(), 401, "Authentication", SeverityLevel.BLOCKER);
        TargetApi api = TargetApi.current();
        RequestSpecification request = credentials.request(api);

        Response response = operation().send(request, api);

        response.then()
                .statusCode(401)
                .contentType(ContentType.JSON)
                .body("error", startsWith("JWT validation failed"));
    }

    Stream<Identity> identitiesWithoutScope() {
        return operation().needsManage() ? Stream.of(Identity.READ_ONLY, Identity.NO_ACCESS) : Stream.of(Identity.NO_ACCESS);
    }

    @ParameterizedTest(name = "answers 403 to the {0} client")
    @MethodSource("identitiesWithoutScope")
    @DisplayName("answers 403 ErrorResponseDto to a client without the operation's scope")
    void forbidden(Identity who) {
        Scenario.covers(operation(), 403, "Authorisation", SeverityLevel.CRITICAL);
        TargetApi api = TargetApi.current();
        Optional<RequestSpecification> request = api.as(who);
        Scenario.requireTarget(request.isPresent(), "not inducible on this target: no " + who
                + " credentials (set SAIL_" + (who == Identity.READ_ONLY ? "READONLY" : "NOACCESS")
                + "_CLIENT_ID and _CLIENT_SECRET)");

        Response response = operation().send(request.get(), api);

        response.then()
                .statusCode(403)
                .contentType(ContentType.JSON)
                .body("detailCode", startsWith("403"));
    }

    @Test
    @DisplayName("answers 429 with an integer Retry-After to a burst, and after waiting it the call succeeds")
    void rateLimited() throws InterruptedException {
        Scenario.covers(operation(), 429, "Rate limiting", SeverityLevel.CRITICAL);
        TargetApi api = TargetApi.current();
        api.completedReport();
        Optional<SimulatorControl> control = api.control();
        Optional<String> clientId = api.clientId(Identity.MANAGE);
        RestoreLimits restore = control.isPresent() && clientId.isPresent()
                ? RestoreLimits.tighten(control.get(), clientId.get()) : null;
        int bound = restore == null ? TENANT_BURST : SIMULATOR_BURST;
        try {
            Response limited = restore != null ? burstUntil429(api, bound) : parallelBurst(api, bound);
            if (restore != null) {
                assertThat(limited).as("a 429 within %d requests once the limit is %s", bound, TIGHT_LIMIT).isNotNull();
            }
            Scenario.requireTarget(limited != null, "not inducible on this target: no 429 within a bounded burst of "
                    + bound + " requests");

            limited.then()
                    .statusCode(429)
                    .contentType(ContentType.JSON)
                    .header("Retry-After", matchesPattern("\\d+"))
                    .body("message", notNullValue());
            long retryAfter = Long.parseLong(limited.getHeader("Retry-After"));
            assertThat(retryAfter).as("Retry-After seconds").isBetween(0L, 1200L);
            TimeUnit.SECONDS.sleep(retryAfter);

            operation().send(api.burstAs(Identity.MANAGE).orElseThrow(), api).then()
                    .statusCode(operation().success());
        } finally {
            if (restore != null) {
                restore.run();
            }
        }
    }

    private Response burstUntil429(TargetApi api, int bound) {
        for (int i = 0; i < bound; i++) {
            Response response = operation().send(api.burstAs(Identity.MANAGE).orElseThrow(), api);
            if (response.statusCode() == 429) {
                return response;
            }
            response.then().statusCode(operation().success());
        }
        return null;
    }

    /**
     * A tenant's limit (100 per 10 s by default) is not reached by one thread on a slow line: the bounded burst
     * goes out on a few threads. Answers other than 429 must still be the operation's success.
     */
    private Response parallelBurst(TargetApi api, int bound) {
        ExecutorService pool = Executors.newFixedThreadPool(BURST_THREADS);
        try {
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < bound; i++) {
                sent.add(pool.submit(() -> operation().send(api.burstAs(Identity.MANAGE).orElseThrow(), api)));
            }
            Response limited = null;
            for (Future<Response> future : sent) {
                Response response = future.get();
                if (response.statusCode() != 429) {
                    response.then().statusCode(operation().success());
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

    @Test
    @DisplayName("answers 500 ErrorResponseDto when a fault is armed for it")
    void internalFault() {
        Scenario.covers(operation(), 500, "Server fault", SeverityLevel.NORMAL);
        TargetApi api = TargetApi.current();
        Scenario.requireTarget(api.control().isPresent(), "not inducible on this target: a 500 needs the "
                + "simulator's control API (/__simulator/faults)");
        SimulatorControl control = api.control().get();
        api.completedReport();
        control.armFault(operation().id(), 500, 1, 0);
        try {
            Response response = operation().send(api.manage(), api);

            response.then()
                    .statusCode(500)
                    .contentType(ContentType.JSON)
                    .body("detailCode", startsWith("500"));
        } finally {
            control.clearFaults();
        }
    }

    /** Tightens one client's limit through the control API and puts the previous limits back. */
    private record RestoreLimits(SimulatorControl control, String defaultLimit, Map<String, String> clients,
                                 boolean escalation) implements Runnable {

        static RestoreLimits tighten(SimulatorControl control, String clientId) {
            JsonNode limits = control.info().path("settings").path("rateLimits");
            Map<String, String> clients = new LinkedHashMap<>();
            limits.path("clients").fields().forEachRemaining(e -> clients.put(e.getKey(), e.getValue().asText()));
            RestoreLimits restore = new RestoreLimits(control, limits.path("default").asText(), clients,
                    limits.path("escalation").asBoolean(false));
            Map<String, String> tight = new LinkedHashMap<>(clients);
            tight.put(clientId, TIGHT_LIMIT);
            control.setRateLimits(restore.defaultLimit, tight, false);
            return restore;
        }

        @Override
        public void run() {
            control.setRateLimits(defaultLimit, clients, escalation);
        }
    }
}
