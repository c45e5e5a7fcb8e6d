package io.rdesuite.load.support;

import java.time.Duration;
import java.util.Locale;

/** The load a simulation intends to send, as printed before it starts and by -Dload.dryRun=true. */
public record LoadPlan(String simulation, LoadProfile profile, String versions, String target, int clients,
                       double requestsPerSecond, Duration duration, String shape, boolean capped,
                       int injectors, int injectorIndex) {

    public long plannedRequests() {
        return Math.round(requestsPerSecond * duration.toMillis() / 1000.0);
    }

    public String describe() {
        return String.format(Locale.ROOT,
                "[load] plan %s, profile %s, API version(s) %s, target %s: %d client(s), ~%.1f req/s for %d s (~%d "
                        + "requests)%s; %s%s",
                simulation, profile.label(), versions, target, clients, requestsPerSecond, duration.toSeconds(),
                plannedRequests(), injectors > 1 ? ", injector " + injectorIndex + " of " + injectors : "",
                shape, capped ? " [CAPPED at the documented limit; -Dload.allowAboveLimit=true to exceed]" : "");
    }
}
