package io.rdesuite.load.chains;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.rdesuite.load.support.LoadRun;

/** Sends a request until it is not refused with 429, waiting the advised Retry-After (else backing off). */
public final class Retrying {

    static final int MAX_ATTEMPTS = 8;

    private Retrying() {
    }

    public static ChainBuilder on429(LoadRun run, HttpRequestActionBuilder request) {
        return exec(session -> session.set("attempt", 0).set("again", true))
                .asLongAs(session -> session.getBoolean("again")).on(
                        exec(session -> session.remove("status"))
                                .exec(request)
                                .exec(session -> session.set("again",
                                        session.contains("status") && session.getInt("status") == 429
                                                && session.getInt("attempt") < MAX_ATTEMPTS)
                                        .set("attempt", session.getInt("attempt") + 1))
                                .doIf(session -> session.getBoolean("again"))
                                .then(pause(session -> run.waitAfter429(session, session.getInt("attempt")))));
    }

    static boolean accepted(io.gatling.javaapi.core.Session session) {
        return session.contains("status") && session.getInt("status") != 429;
    }
}
