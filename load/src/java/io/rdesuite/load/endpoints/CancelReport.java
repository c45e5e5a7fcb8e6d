package io.rdesuite.load.endpoints;

import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.rdesuite.load.support.LoadRun;

/** POST /v3/reports/{taskId}/cancel: 204 (or 429 under load). */
public final class CancelReport {

    public static final String OPERATION = "cancelReport";

    private CancelReport() {
    }

    public static HttpRequestActionBuilder request(LoadRun run) {
        return http(OPERATION).post(session -> run.url("/v3/reports/" + session.getString("taskId") + "/cancel"))
                .header("Authorization", run::bearer)
                .transformResponse((response, session) -> run.observe(OPERATION, response, session))
                .check(Gate.status429Aware(), status().in(204, 429), Gate.contract(run));
    }
}
