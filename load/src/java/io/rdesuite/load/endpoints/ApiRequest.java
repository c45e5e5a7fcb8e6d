package io.rdesuite.load.endpoints;

import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.http.response.Response;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.load.support.Lane;
import io.rdesuite.load.support.LoadRun;
import io.rdesuite.load.support.RateLimitGate;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What every API request of the load carries: a name with the session's API version and that version's
 * operationId ("v3 startReport", "v1 startReportV1"), the operation's method and path in that version (the
 * session's {@code taskId} as its parameter), the bearer token of the session's client, the status kept in the session as {@code status},
 * and the rate-limit gate's verdict on the answer, which must be ok. A 429 is let through to the gate (and to
 * {@code Retrying}): whether it was right is the gate's to judge.
 */
final class ApiRequest {


    private ApiRequest() {
    }

    static HttpRequestActionBuilder of(LoadRun run, Operation operation) {
        return of(run, operation, "", (response, session) -> { });
    }

    /**
     * A request named {@code prefix}, the version and the operationId, and {@code suffix}; {@code listener} hears
     * each answer before the gate judges it.
     */
    static HttpRequestActionBuilder of(LoadRun run, Operation operation, String prefix, String suffix,
                                       BiConsumer<Response, Session> listener) {
        return http(name(operation, prefix, suffix)).httpRequest(operation.method(), url(run, operation))
                .header("Authorization", run::bearer)
                .transformResponse((response, session) -> {
                    listener.accept(response, session);
                    return run.observe(operation, response, session);
                })
                .check(status().saveAs(LoadRun.STATUS),
                        status().in(operation.successStatus(), RateLimitGate.REFUSED),
                        status().transformWithSession((code, session) -> run.gate().verdict(session.userId()))
                                .is(RateLimitGate.OK).name("rate-limit and status contract"));
    }

    static HttpRequestActionBuilder of(LoadRun run, Operation operation, String suffix,
                                       BiConsumer<Response, Session> listener) {
        return of(run, operation, "", suffix, listener);
    }

    /** "v3 getReport csv": the Gatling request name of the session's version. */
    static Function<Session, String> name(Operation operation, String prefix, String suffix) {
        return session -> {
            ApiVersion version = Lane.version(session);
            return prefix + version.label() + " " + operation.id(version) + suffix;
        };
    }

    /**
     * The operation's path in the session's version for the session's task, on the target's base URL (known once
     * the run started).
     */
    static Function<Session, String> url(LoadRun run, Operation operation) {
        return session -> run.url(operation.path(Lane.version(session), session.getString(LoadRun.TASK_ID)));
    }

    /** True when the answer is the operation's success (not a 429 or another refusal). */
    static BiFunction<Response, Session, Boolean> succeeded(Operation operation) {
        return (response, session) -> response.status().code() == operation.successStatus();
    }
}
