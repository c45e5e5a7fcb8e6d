package io.rdesuite.load.support;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;

import io.gatling.javaapi.core.Assertion;
import java.util.List;

/**
 * The assertions every simulation is gated by. Each request's checks already encode the contract (documented
 * status, no 5xx, 429 only over the limit with a truthful Retry-After, valid files), so "no failed request"
 * carries them; latency percentiles are bounded by -Dload.p95Ms and -Dload.p99Ms.
 */
public final class Gates {

    private Gates() {
    }

    public static List<Assertion> standard(LoadRun run) {
        return List.of(
                global().failedRequests().count().is(0L),
                global().responseTime().percentile(95.0).lt(run.settings().p95Ms()),
                global().responseTime().percentile(99.0).lt(run.settings().p99Ms()));
    }

    /** No run of {@code group} failed: a request in it, or a step that marked the user as failed. */
    public static Assertion noFailureIn(String group) {
        return details(group).failedRequests().count().is(0L);
    }
}
