package io.rdesuite.load.endpoints;

import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.rdesuite.load.support.LoadRun;

/** GET /__simulator/tasks (the simulator's control API): no task may still be running. */
public final class SimulatorTasks {

    private SimulatorTasks() {
    }

    public static HttpRequestActionBuilder noneRunning(LoadRun run) {
        return http("simulator: no report left running").get(session -> run.url("/__simulator/tasks"))
                .check(status().is(200),
                        jmesPath("length([?completionStatus == null])").ofInt().is(0).name("tasks still running"));
    }
}
