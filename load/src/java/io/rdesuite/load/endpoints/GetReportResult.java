package io.rdesuite.load.endpoints;

import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.rdesuite.load.support.LoadRun;

/**
 * GET /v3/reports/{taskId}/result; saves {@code reportStatus} (absent while the report runs) and {@code rows}.
 */
public final class GetReportResult {

    public static final String OPERATION = "getReportResult";

    private GetReportResult() {
    }

    public static HttpRequestActionBuilder request(LoadRun run) {
        return http(OPERATION).get(session -> run.url("/v3/reports/" + session.getString("taskId") + "/result"))
                .header("Authorization", run::bearer)
                .transformResponse((response, session) -> run.observe(OPERATION, response, session))
                .check(Gate.status429Aware(), status().in(200, 429), Gate.contract(run))
                .checkIf((response, session) -> response.status().code() == 200)
                .then(jmesPath("status").optional().saveAs("reportStatus"),
                        jmesPath("rows").ofLong().optional().saveAs("rows"));
    }
}
