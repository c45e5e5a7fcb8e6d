package io.rdesuite.support;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.concurrent.TimeUnit;

/**
 * Behaves as a well-mannered client when a scenario that is not about rate limiting meets a 429: waits the
 * Retry-After (at most 15 s) and sends again, up to 3 times. It sits last, next to the wire, so the Allure
 * attachment and the contract checks see the answer that counts. Scenarios about 429 go without it.
 */
public final class RateLimitCourtesyFilter implements OrderedFilter {

    static final RateLimitCourtesyFilter INSTANCE = new RateLimitCourtesyFilter();
    private static final int MAX_RETRIES = 3;
    private static final long MAX_WAIT_SECONDS = 15;

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
        for (int retry = 0; retry < MAX_RETRIES && response.getStatusCode() == 429; retry++) {
            String header = response.getHeader("Retry-After");
            if (header == null || !header.trim().matches("\\d+") || Long.parseLong(header.trim()) > MAX_WAIT_SECONDS) {
                return response;
            }
            sleep(Math.max(1, Long.parseLong(header.trim())));
            response = ctx.next(request, responseSpec);
        }
        return response;
    }

    private static void sleep(long seconds) {
        try {
            TimeUnit.SECONDS.sleep(seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while honouring Retry-After", e);
        }
    }
}
