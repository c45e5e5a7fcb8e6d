package io.rdesuite.config;

import static io.rdesuite.config.Settings.ACCESS_TOKEN;
import static io.rdesuite.config.Settings.BASE_URL;
import static io.rdesuite.config.Settings.CLIENT_ID;
import static io.rdesuite.config.Settings.CLIENT_SECRET;
import static io.rdesuite.config.Settings.NOACCESS_CLIENT_ID;
import static io.rdesuite.config.Settings.NOACCESS_CLIENT_SECRET;
import static io.rdesuite.config.Settings.READONLY_CLIENT_ID;
import static io.rdesuite.config.Settings.READONLY_CLIENT_SECRET;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which API the suite talks to and as whom.
 *
 * <p>When SAIL_BASE_URL is unset the target is {@link #embedded()}: the caller starts the in-process simulator and
 * builds the real target with {@link #forSimulator}. Until then {@link #baseUri()} has no value to give.
 *
 * @param baseUri   the tenant's API root without /v3 and without a trailing slash; null only for an unstarted
 *                  embedded target
 * @param credentials  the client that runs reports (sp:report:manage); empty when only an access token is given
 * @param accessToken  a ready bearer token, used when no client credentials are given
 * @param readOnly  a client with sp:report:read only, for scope scenarios
 * @param noAccess  a client with neither report scope, for 403 scenarios
 * @param embedded  true when the target is the in-process simulator
 */
public record TargetConfig(
        URI baseUri,
        Optional<ClientCredentials> credentials,
        Optional<String> accessToken,
        Optional<ClientCredentials> readOnly,
        Optional<ClientCredentials> noAccess,
        boolean embedded) {

    private static final Logger LOG = LoggerFactory.getLogger(TargetConfig.class);

    public TargetConfig {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(readOnly, "readOnly");
        Objects.requireNonNull(noAccess, "noAccess");
        if (baseUri == null && !embedded) {
            throw new IllegalArgumentException("a remote target needs a base URI");
        }
    }

    /** Reads the target from settings; throws {@link ConfigurationException} with one line when it is unusable. */
    public static TargetConfig resolve(Settings settings) {
        Optional<String> baseUrl = settings.get(BASE_URL);
        if (baseUrl.isEmpty()) {
            if (settings.get(CLIENT_ID).isPresent() || settings.get(ACCESS_TOKEN).isPresent()) {
                LOG.warn("{} is not set, so the suite targets the embedded simulator and ignores {} and {}",
                        BASE_URL, CLIENT_ID, ACCESS_TOKEN);
            }
            return new TargetConfig(null, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    true);
        }
        URI baseUri = normalizeBaseUri(baseUrl.get());
        Optional<ClientCredentials> credentials = pair(settings, CLIENT_ID, CLIENT_SECRET);
        Optional<String> accessToken = settings.get(ACCESS_TOKEN);
        if (credentials.isEmpty() && accessToken.isEmpty()) {
            throw new ConfigurationException(BASE_URL + " is set but " + CLIENT_ID + "/" + CLIENT_SECRET
                    + " (or " + ACCESS_TOKEN + ") are not: set them as environment variables or -D properties");
        }
        return new TargetConfig(baseUri, credentials, accessToken,
                pair(settings, READONLY_CLIENT_ID, READONLY_CLIENT_SECRET),
                pair(settings, NOACCESS_CLIENT_ID, NOACCESS_CLIENT_SECRET),
                false);
    }

    /** The in-process simulator's target, once it listens at {@code baseUrl}. */
    public static TargetConfig forSimulator(
            String baseUrl, ClientCredentials full, ClientCredentials readOnly, ClientCredentials noAccess) {
        return new TargetConfig(normalizeBaseUri(baseUrl), Optional.of(full), Optional.empty(),
                Optional.ofNullable(readOnly), Optional.ofNullable(noAccess), true);
    }

    @Override
    public URI baseUri() {
        if (baseUri == null) {
            throw new IllegalStateException("The embedded simulator has not been started: start it and use "
                    + "TargetConfig.forSimulator(...) for its address");
        }
        return baseUri;
    }

    /** True once the target has an address: always for a remote target, after forSimulator for an embedded one. */
    public boolean hasBaseUri() {
        return baseUri != null;
    }

    /**
     * True when the target is on this machine (127.0.0.0/8, ::1, localhost). Names other than localhost are
     * resolved; a name that does not resolve, or resolves to any non-loopback address, is not loopback. An
     * unstarted embedded target is loopback.
     */
    public boolean isLoopback() {
        if (baseUri == null) {
            return true;
        }
        String host = baseUri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.equals("localhost") || lower.endsWith(".localhost")) {
            return true;
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            return addresses.length > 0 && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "TargetConfig[baseUri=" + (baseUri == null ? "<embedded, not started>" : baseUri)
                + ", credentials=" + credentials.map(ClientCredentials::toString).orElse("none")
                + ", accessToken=" + (accessToken.isPresent() ? "<redacted>" : "none")
                + ", readOnly=" + readOnly.map(ClientCredentials::toString).orElse("none")
                + ", noAccess=" + noAccess.map(ClientCredentials::toString).orElse("none")
                + ", embedded=" + embedded + "]";
    }

    static URI normalizeBaseUri(String raw) {
        String value = raw.trim();
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw badBaseUrl(value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw badBaseUrl(value);
        }
        String withoutSlash = value.replaceAll("/+$", "");
        if (withoutSlash.toLowerCase(Locale.ROOT).endsWith("/v3")) {
            withoutSlash = withoutSlash.substring(0, withoutSlash.length() - "/v3".length()).replaceAll("/+$", "");
            LOG.warn("{} ends in /v3; the suite adds /v3 itself, so it uses {}", BASE_URL, withoutSlash);
        }
        return URI.create(withoutSlash);
    }

    private static ConfigurationException badBaseUrl(String value) {
        String shown = value.replaceFirst("//[^/?#]*@", "//<user info>@");
        return new ConfigurationException(BASE_URL + " '" + shown + "' is not an absolute http(s) URL with a host "
                + "and no user info, query or fragment: set it like https://acme.api.identitynow.com");
    }

    private static Optional<ClientCredentials> pair(Settings settings, String idName, String secretName) {
        Optional<String> id = settings.get(idName);
        Optional<String> secret = settings.get(secretName);
        if (id.isPresent() != secret.isPresent()) {
            String set = id.isPresent() ? idName : secretName;
            String missing = id.isPresent() ? secretName : idName;
            throw new ConfigurationException(set + " is set but " + missing + " is not: set both, as environment "
                    + "variables or -D properties, or neither");
        }
        return id.map(i -> new ClientCredentials(i, secret.get()));
    }
}
