package io.rdesuite.load.chains;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.rdesuite.load.support.LoadRun;
import io.rdesuite.load.support.RateLimitGate;

/**
 * Sends a request until it is not refused with 429, waiting the advised Retry-After (else backing off). It only
 * waits: whether the 429 was right is the rate-limit gate's to judge.
 */
public final class Retrying {

    static final int MAX_ATTEMPTS = 8;

    private Retrying() {
    }

    public static ChainBuilder on429(LoadRun run, HttpRequestActionBuilder request) {
        return exec(session -> session.set("attempt", 0).set("again", true))
                .asLongAs(session -> session.getBoolean("again")).on(
                        exec(session -> session.remove(LoadRun.STATUS))
                                .exec(request)
                                .exec(session -> session.set("again", refused(session)
                                                && session.getInt("attempt") < MAX_ATTEMPTS)
                                        .set("attempt", session.getInt("attempt") + 1))
                                .doIf(session -> session.getBoolean("again"))
                                .then(pause(session -> run.waitAfter429(session, session.getInt("attempt")))));
    }

    /** The last request was answered, and not with 429. */
    static boolean accepted(Session session) {
        return session.contains(LoadRun.STATUS) && !refused(session);
    }

    private static boolean refused(Session session) {
        return session.contains(LoadRun.STATUS) && session.getInt(LoadRun.STATUS) == RateLimitGate.REFUSED;
    }
}
