package io.rdesuite.load.endpoints;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.rdesuite.load.support.LoadRun;

/** POST /v3/reports/run with the session's {@code reportBody}; saves the task id as {@code taskId}. */
public final class StartReport {

    public static final String OPERATION = "startReport";

    private StartReport() {
    }

    public static HttpRequestActionBuilder request(LoadRun run) {
        return http(OPERATION).post(session -> run.url("/v3/reports/run"))
                .header("Authorization", run::bearer)
                .header("Content-Type", "application/json")
                .body(StringBody("#{reportBody}"))
                .transformResponse((response, session) -> run.observe(OPERATION, response, session))
                .check(Gate.status429Aware(), status().in(200, 429), Gate.contract(run))
                .checkIf((response, session) -> response.status().code() == 200)
                .then(jmesPath("id").saveAs("taskId"));
    }
}
