package io.rdesuite.load.support;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.client.ReportTracker;
import io.rdesuite.client.ReportsClient;
import io.rdesuite.client.TokenProvider;
import io.rdesuite.config.ClientCredentials;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The clients a run acts as, each with the project's token provider (client_credentials, cached and renewed by
 * the client). There is one provider per client, shared by all its virtual users (it is thread-safe), so the
 * token endpoint sees one request per client and token lifetime, not one per user. Set-up and clean-up traffic
 * goes through a {@link ReportsClient} on the same provider.
 */
public final class LoadClients {

    private final List<LoadClient> clients = new CopyOnWriteArrayList<>();
    private final Map<String, TokenProvider> tokens = new ConcurrentHashMap<>();
    private final Map<String, ReportsClient> reportsClients = new ConcurrentHashMap<>();
    private final ReportTracker tracker;
    private volatile URI baseUri;

    LoadClients(ReportTracker tracker) {
        this.tracker = tracker;
    }

    /** Adds the clients not known yet. */
    void add(List<LoadClient> more) {
        more.stream().filter(c -> find(c.id()).isEmpty()).forEach(clients::add);
    }

    public List<LoadClient> all() {
        return List.copyOf(clients);
    }

    public Optional<LoadClient> find(String clientId) {
        return clients.stream().filter(c -> c.id().equals(clientId)).findFirst();
    }

    /** Points every client at the started target and fetches its token now, so no virtual user waits for one. */
    void connect(URI target) {
        baseUri = target;
        for (LoadClient c : clients) {
            tokens.computeIfAbsent(c.id(), id -> TokenProvider.forCredentials(target,
                    new ClientCredentials(c.id(), c.secret()))).accessToken();
        }
    }

    public String bearer(String clientId) {
        return "Bearer " + tokenProvider(clientId).accessToken();
    }

    /** "client" for v3, "client@v1" for another version: a report's owner in the tracker. */
    public static String owner(String clientId, ApiVersion version) {
        return version == ApiVersion.V3 ? clientId : clientId + "@" + version.label();
    }

    /**
     * The project's client acting as {@code owner} (see {@link #owner}) on that version's paths: 429s are retried
     * as its retry policy says; the reports it starts and sees end are recorded in the run's tracker.
     */
    public ReportsClient reportsClient(String owner) {
        int at = owner.lastIndexOf('@');
        ApiVersion named = at < 0 ? null : ApiVersion.byLabel(owner.substring(at + 1)).orElse(null);
        String clientId = named == null ? owner : owner.substring(0, at);
        ApiVersion version = named == null ? ApiVersion.V3 : named;
        TokenProvider provider = tokenProvider(clientId);
        return reportsClients.computeIfAbsent(owner, o -> ReportsClient.builder(baseUri).tokenProvider(provider)
                .tracker(tracker, o).version(version).build());
    }

    public RateLimitSpec limitOf(String clientId, RateLimitSpec otherwise) {
        return find(clientId).map(LoadClient::limit).orElse(otherwise);
    }

    /** Requests per second the clients' limits allow together. */
    public double allowedRate() {
        return clients.stream().mapToDouble(LoadClient::allowedRate).sum();
    }

    private TokenProvider tokenProvider(String clientId) {
        TokenProvider provider = tokens.get(clientId);
        if (provider == null) {
            throw new IllegalStateException("no token provider for client " + clientId
                    + " (unknown client, or the run has not started)");
        }
        return provider;
    }
}
