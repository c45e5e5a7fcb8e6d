package io.rdesuite.load.chains;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.gatling.javaapi.core.ChainBuilder;
import io.rdesuite.load.endpoints.CancelReport;
import io.rdesuite.load.endpoints.SimulatorTasks;
import io.rdesuite.load.support.LoadRun;

/**
 * The last journey of a simulation: cancel every report it started that is not seen to have ended, then (on
 * the simulator) check that no task runs. A gate, so a leak fails the run; after() does the same as a backstop.
 */
public final class Cleanup {

    private Cleanup() {
    }

    public static ChainBuilder journey(LoadRun run) {
        return exec(session -> session.set("leftovers", run.tracker().unfinishedIds()))
                .foreach("#{leftovers}", "taskId").on(
                        exec(session -> session.set(LoadRun.CLIENT, run.tracker().clientOf(session.getString("taskId"))))
                                .exec(Retrying.on429(run, CancelReport.request(run)))
                                .exec(session -> {
                                    if (Retrying.accepted(session)) {
                                        run.tracker().ended(session.getString("taskId"));
                                    }
                                    return session;
                                }))
                .doIf(session -> run.target().hasSimulatorControl()).then(exec(SimulatorTasks.noneRunning(run)));
    }
}
