package io.rdesuite.load.endpoints;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;

import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.rdesuite.api.Operation;
import io.rdesuite.load.support.LoadRun;

/** startReport with the session's {@code reportBody}; saves the task id as {@code taskId}. */
public final class StartReport {

    private static final Operation OPERATION = Operation.START_REPORT;

    private StartReport() {
    }

    public static HttpRequestActionBuilder request(LoadRun run) {
        return ApiRequest.of(run, OPERATION)
                .header("Content-Type", "application/json")
                .body(StringBody("#{reportBody}"))
                .checkIf(ApiRequest.succeeded(OPERATION))
                .then(jmesPath("id").saveAs(LoadRun.TASK_ID));
    }
}
