package io.rdesuite.client;

import io.rdesuite.config.ClientCredentials;
import io.rdesuite.config.TargetConfig;
import java.net.URI;

/** Supplies the bearer token for API calls. Implementations are thread-safe. */
public interface TokenProvider {

    String accessToken();

    /** Forgets a cached token so the next call fetches a new one (a no-op for a fixed token). */
    void invalidate();

    /** The target's full-access identity: its client credentials, else its access token. */
    static TokenProvider forTarget(TargetConfig target) {
        if (target.credentials().isPresent()) {
            return forCredentials(target.baseUri(), target.credentials().get());
        }
        return new StaticTokenProvider(target.accessToken().orElseThrow(() -> new IllegalArgumentException(
                "target has neither client credentials nor an access token")));
    }

    static TokenProvider forCredentials(URI baseUri, ClientCredentials credentials) {
        return ClientCredentialsTokenProvider.builder(baseUri, credentials).build();
    }
}
