package io.rdesuite.load.endpoints;

import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.CheckBuilder;
import io.rdesuite.load.support.LoadRun;
import io.rdesuite.load.support.RateLimitGate;

/** The checks every API request carries: the status is kept, and the rate-limit gate's verdict must be ok. */
final class Gate {

    private Gate() {
    }

    static CheckBuilder status429Aware() {
        return status().saveAs("status");
    }

    static CheckBuilder contract(LoadRun run) {
        return status().transformWithSession((code, session) -> run.gate().verdict(session.userId()))
                .is(RateLimitGate.OK).name("rate-limit and status contract");
    }
}
