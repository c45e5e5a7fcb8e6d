package io.rdesuite.client;

import io.rdesuite.api.model.TokenResponse;
import io.rdesuite.config.ClientCredentials;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Fetches tokens with the client_credentials grant from {@code {baseUri}/oauth/token} and caches them. A token is
 * renewed once less than the renewal margin remains: the configured margin (60 s by default) or a tenth of the
 * token's lifetime, whichever is smaller, so that short-lived tokens are not renewed on every call.
 *
 * <p>Thread-safe: many virtual users share one provider, and only one of them fetches when the token is due.
 */
public final class ClientCredentialsTokenProvider implements TokenProvider {

    static final String TOKEN_PATH = "/oauth/token";

    private final ClientCredentials credentials;
    private final Clock clock;
    private final Duration renewalMargin;
    private final HttpCaller http;
    private final String tokenUrl;
    private final Object fetchLock = new Object();
    private volatile Cached cached;

    private record Cached(String token, Instant renewAt) {
    }

    private ClientCredentialsTokenProvider(Builder builder) {
        this.credentials = builder.credentials;
        this.clock = builder.clock;
        this.renewalMargin = builder.renewalMargin;
        this.http = new HttpCaller(builder.baseUri, builder.filters, builder.retryPolicy, builder.sleeper,
                builder.clock, HttpCaller.CONNECT_TIMEOUT, HttpCaller.READ_TIMEOUT);
        this.tokenUrl = builder.baseUri + TOKEN_PATH;
    }

    public static Builder builder(URI baseUri, ClientCredentials credentials) {
        return new Builder(baseUri, credentials);
    }

    @Override
    public String accessToken() {
        Cached current = cached;
        if (current != null && clock.instant().isBefore(current.renewAt())) {
            return current.token();
        }
        synchronized (fetchLock) {
            current = cached;
            if (current == null || !clock.instant().isBefore(current.renewAt())) {
                current = fetch();
                cached = current;
            }
            return current.token();
        }
    }

    @Override
    public void invalidate() {
        cached = null;
    }

    public String clientId() {
        return credentials.id();
    }

    private Cached fetch() {
        Instant requestedAt = clock.instant();
        Response response = http.call(Method.POST, TOKEN_PATH, request -> request
                .contentType(ContentType.URLENC)
                .accept(ContentType.JSON)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", credentials.id())
                .formParam("client_secret", credentials.secret()));
        int status = response.statusCode();
        if (status == 400 || status == 401 || status == 403) {
            throw new AuthenticationException("The token endpoint " + tokenUrl + " refused client "
                    + credentials.id() + " with " + status + redact(summary(response.asString())), status);
        }
        HttpCaller.require(response, "POST " + TOKEN_PATH);
        TokenResponse token;
        try {
            token = Json.mapper().readValue(response.asByteArray(), TokenResponse.class);
        } catch (Exception e) {
            throw new AuthenticationException("The token endpoint " + tokenUrl + " answered " + status
                    + " without a readable token response: " + redact(e.getMessage()), status);
        }
        if (token.accessToken() == null || token.accessToken().isBlank()) {
            throw new AuthenticationException("The token endpoint " + tokenUrl + " answered " + status
                    + " without an access_token", status);
        }
        Duration lifetime = Duration.ofSeconds(token.expiresIn());
        Duration margin = lifetime.isNegative() ? Duration.ZERO : min(renewalMargin, lifetime.dividedBy(10));
        return new Cached(token.accessToken(), requestedAt.plus(lifetime).minus(margin));
    }

    private String redact(String text) {
        return text == null ? "" : text.replace(credentials.secret(), "<redacted>");
    }

    private static String summary(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String oneLine = body.replaceAll("\\s+", " ").trim();
        return ": " + (oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public String toString() {
        return "ClientCredentialsTokenProvider[" + tokenUrl + ", " + credentials + "]";
    }

    public static final class Builder {
        private final URI baseUri;
        private final ClientCredentials credentials;
        private Clock clock = Clock.systemUTC();
        private Duration renewalMargin = Duration.ofSeconds(60);
        private List<Filter> filters = List.of();
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Sleeper sleeper = Sleeper.system();

        private Builder(URI baseUri, ClientCredentials credentials) {
            this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
            this.credentials = Objects.requireNonNull(credentials, "credentials");
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Builder renewalMargin(Duration renewalMargin) {
            this.renewalMargin = Objects.requireNonNull(renewalMargin);
            return this;
        }

        /** Filters for the token request, e.g. the suite's redacting Allure filter. */
        public Builder filters(List<Filter> filters) {
            this.filters = List.copyOf(filters);
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy);
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper);
            return this;
        }

        public ClientCredentialsTokenProvider build() {
            return new ClientCredentialsTokenProvider(this);
        }
    }
}
