package io.rdesuite.load.endpoints;

import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.http.response.Response;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.rdesuite.api.Operation;
import io.rdesuite.load.support.LoadRun;
import java.util.function.BiConsumer;

/** getReportResult of the session's {@code taskId}, the cheapest read. */
public final class GetReportResult {

    private static final Operation OPERATION = Operation.GET_REPORT_RESULT;

    private GetReportResult() {
    }

    /** Saves {@code reportStatus} (absent while the report runs) and {@code rows}. */
    public static HttpRequestActionBuilder request(LoadRun run) {
        return ApiRequest.of(run, OPERATION)
                .checkIf(ApiRequest.succeeded(OPERATION))
                .then(jmesPath("status").optional().saveAs("reportStatus"),
                        jmesPath("rows").ofLong().optional().saveAs("rows"));
    }

    /** The read of the rate-limit probe: {@code probe} hears every answer before the gate judges it. */
    public static HttpRequestActionBuilder probe(LoadRun run, BiConsumer<Response, Session> probe) {
        return probe(run, "probe ", probe);
    }

    /** A probe's read named "{@code prefix}v3 getReportResult". */
    public static HttpRequestActionBuilder probe(LoadRun run, String prefix, BiConsumer<Response, Session> probe) {
        return ApiRequest.of(run, OPERATION, prefix, "", probe);
    }

    /**
     * The read without the gate, checking only the success status: the injector-ceiling benchmark measures the
     * injector, not the contract.
     */
    public static HttpRequestActionBuilder unjudged(LoadRun run) {
        return http(ApiRequest.name(OPERATION, "", "")).get(ApiRequest.url(run, OPERATION))
                .header("Authorization", run::bearer)
                .check(status().is(OPERATION.successStatus()));
    }
}
