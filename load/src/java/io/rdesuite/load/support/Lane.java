package io.rdesuite.load.support;

import io.gatling.javaapi.core.Session;
import io.rdesuite.api.ApiVersion;

/** A virtual user's identity: the client it acts as and the API version it calls (session attributes). */
public record Lane(LoadClient client, ApiVersion version) {

    /** The version a user calls: its session's {@link LoadRun#API_VERSION}, v3 when it has none. */
    public static ApiVersion version(Session session) {
        return session.contains(LoadRun.API_VERSION)
                ? ApiVersion.byLabel(session.getString(LoadRun.API_VERSION)).orElseThrow() : ApiVersion.V3;
    }

    /** Who owns a report in the tracker: the session's client and version, so it is cancelled through that version. */
    public static String owner(Session session) {
        return LoadClients.owner(session.getString(LoadRun.CLIENT), version(session));
    }
}
