package io.rdesuite.load.support;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.RateLimitSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Whether each client got its own limit: over {@code windows} windows a client may have at most
 * N x (windows + 1) requests accepted (fixed windows can straddle) and, when it offered more than that, at
 * least 90 % of N x windows (a limit shared by k clients would leave it about 1/k). With budgets expected per API
 * version, "a client" is a client in one version ({@link RateLimitGate#budget}).
 */
public final class PerClientLimit {

    private final RateLimitGate gate;
    private final Function<String, RateLimitSpec> limits;
    private final int windows;

    public PerClientLimit(RateLimitGate gate, Function<String, RateLimitSpec> limits, int windows) {
        this.gate = gate;
        this.limits = limits;
        this.windows = windows;
    }

    public String of(String clientId, ApiVersion version) {
        RateLimitSpec limit = limits.apply(clientId);
        String budget = gate.budget(clientId, version);
        RateLimitGate.ClientTally t = gate.tally(budget);
        if (limit.isOff()) {
            return RateLimitGate.OK;
        }
        long most = (long) limit.requests() * (windows + 1);
        long least = Math.round(0.9 * limit.requests() * windows);
        int offered = t.accepted() + t.refused();
        if (t.accepted() > most) {
            return budget + " had " + t.accepted() + " of " + offered + " requests accepted in " + windows
                    + " windows of " + limit + ": the limit is not enforced per client";
        }
        if (offered >= most && t.accepted() < least) {
            return budget + " had only " + t.accepted() + " requests accepted in " + windows + " windows of "
                    + limit + ": the limit looks shared with other clients" + (budget.equals(clientId) ? ""
                            : " or with the client's other API versions");
        }
        return RateLimitGate.OK;
    }

    /** Per budget (a client, or a client in one version): accepted, refused, verdict; and the aggregate. */
    public Map<String, Object> summary(List<Lane> lanes) {
        Map<String, Object> m = new LinkedHashMap<>();
        int aggregate = 0;
        int most = 0;
        for (Lane lane : lanes) {
            String budget = gate.budget(lane.client().id(), lane.version());
            if (m.containsKey(budget)) {
                continue;
            }
            RateLimitGate.ClientTally t = gate.tally(budget);
            aggregate += t.accepted();
            most = Math.max(most, t.accepted());
            m.put(budget, Map.of("accepted", t.accepted(), "refused", t.refused(),
                    "verdict", of(lane.client().id(), lane.version())));
        }
        m.put("aggregateAccepted", aggregate);
        m.put("aggregateOverOneClient", most == 0 ? 0 : aggregate / (double) most);
        m.put("clients", lanes.stream().map(Lane::client).distinct().count());
        return m;
    }
}
