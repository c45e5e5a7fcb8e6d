package io.rdesuite.load.endpoints;

import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.rdesuite.api.Operation;
import io.rdesuite.load.support.LoadRun;

/** cancelReport of the session's {@code taskId}: 204 (or 429 under load). */
public final class CancelReport {

    private CancelReport() {
    }

    public static HttpRequestActionBuilder request(LoadRun run) {
        return ApiRequest.of(run, Operation.CANCEL_REPORT);
    }
}
