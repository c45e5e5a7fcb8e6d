package io.rdesuite.load.chains;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;

import io.gatling.javaapi.core.ChainBuilder;
import io.rdesuite.load.support.LoadRun;
import java.util.List;

/**
 * The last journey of a simulation, run by one user once the load has ended: cancel every report the run
 * started and did not see end (through the project's client), then find what still runs (on the simulator: its
 * tasks). A report left running marks the user failed, which fails the group {@link #GROUP} and so the run;
 * {@code after()} does the same again as a backstop, also when the run was cut short.
 *
 * <p>The step blocks its thread while the client waits out a 429, which holds nobody up: the load is over.
 */
public final class Cleanup {

    public static final String GROUP = "cleanup";

    private Cleanup() {
    }

    public static ChainBuilder journey(LoadRun run) {
        return group(GROUP).on(exec(session -> {
            run.tracker().cancelUnfinished(run::reportsClient);
            List<String> running = run.stillRunning();
            if (running.isEmpty()) {
                return session;
            }
            System.err.println("[load] " + run.name() + ": reports still running after the cleanup: " + running);
            return session.markAsFailed();
        }));
    }
}
