package io.rdesuite.support;

import io.rdesuite.api.RetryAfter;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Behaves as a well-mannered client when a scenario that is not about rate limiting meets a 429: waits the
 * Retry-After (read by {@link RetryAfter}; at least 1 s, at most 15 s) and sends again, up to 3 times. It sits last,
 * next to the wire, so the Allure attachment and the contract checks see the answer that counts. Scenarios about
 * 429 go without it.
 */
public final class RateLimitCourtesyFilter implements OrderedFilter {

    static final RateLimitCourtesyFilter INSTANCE = new RateLimitCourtesyFilter();
    private static final int MAX_RETRIES = 3;
    private static final Duration MAX_WAIT = Duration.ofSeconds(15);
    /** A Retry-After of 0 still waits a second: the window it counted in may not have turned yet. */
    private static final Duration MIN_WAIT = Duration.ofSeconds(1);

    private static final ThreadLocal<Boolean> RETRYING = ThreadLocal.withInitial(() -> false);

    private RateLimitCourtesyFilter() {
    }

    @Override
    public int getOrder() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        if (RETRYING.get()) {
            return response;
        }
        for (int retry = 0; retry < MAX_RETRIES && response.getStatusCode() == 429; retry++) {
            Optional<Duration> wait = RetryAfter.parse(response.getHeader("Retry-After"), Instant.now());
            if (wait.isEmpty() || wait.get().compareTo(MAX_WAIT) > 0) {
                return response;
            }
            sleep(wait.get().compareTo(MIN_WAIT) < 0 ? MIN_WAIT : wait.get());
            response = sendAgain(request, ctx);
        }
        return response;
    }

    /**
     * Sends the request anew through every filter: the chain is spent once the request went out (a second ctx.next
     * answers null). The path sent first is the one sent again, so its parameters, already filled in, go.
     */
    private static Response sendAgain(FilterableRequestSpecification request, FilterContext ctx) {
        List.copyOf(request.getNamedPathParams().keySet()).forEach(request::removeNamedPathParam);
        List.copyOf(request.getUnnamedPathParamValues()).forEach(request::removeUnnamedPathParamByValue);
        RETRYING.set(true);
        try {
            return ctx.send(request);
        } finally {
            RETRYING.set(false);
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while honouring Retry-After", e);
        }
    }
}
