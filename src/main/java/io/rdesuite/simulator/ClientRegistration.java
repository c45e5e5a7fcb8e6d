package io.rdesuite.simulator;

import io.rdesuite.api.Scopes;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An OAuth client the simulator accepts: id, secret and the scopes its tokens carry. */
public record ClientRegistration(String clientId, String secret, Set<String> scopes) {

    /** Local demo clients, documented in the README; they are not secrets. */
    public static final List<ClientRegistration> DEMO_CLIENTS = List.of(
            new ClientRegistration("demo-manage", "demo-manage-secret", Set.of(Scopes.READ, Scopes.MANAGE)),
            new ClientRegistration("demo-read", "demo-read-secret", Set.of(Scopes.READ)),
            new ClientRegistration("demo-none", "demo-none-secret", Set.of("sp:scopes:default")));

    public ClientRegistration {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("a client needs an id");
        }
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("client '" + clientId + "' needs a secret");
        }
        scopes = Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
    }

    /** Parses ID:SECRET:SCOPES, split at the first two colons; SCOPES is a comma list and may be empty. */
    public static ClientRegistration parse(String spec) {
        int first = spec.indexOf(':');
        int second = first < 0 ? -1 : spec.indexOf(':', first + 1);
        if (first <= 0 || second < 0) {
            throw new IllegalArgumentException(
                    "'" + mask(spec) + "' is not ID:SECRET:SCOPES (e.g. ci:s3cret:sp:report:read,sp:report:manage)");
        }
        String scopeList = spec.substring(second + 1);
        Set<String> scopes = new LinkedHashSet<>();
        Arrays.stream(scopeList.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(scopes::add);
        return new ClientRegistration(spec.substring(0, first), spec.substring(first + 1, second), scopes);
    }

    private static String mask(String spec) {
        int first = spec.indexOf(':');
        return first < 0 ? spec : spec.substring(0, first) + ":***";
    }

    @Override
    public String toString() {
        return clientId + " " + scopes;
    }
}
