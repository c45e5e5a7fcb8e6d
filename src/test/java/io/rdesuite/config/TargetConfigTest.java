package io.rdesuite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

class TargetConfigTest {

    private final Map<String, String> env = new HashMap<>();
    private final Settings settings = Settings.of(Map.of(), env);
    private final Logger logger = (Logger) LoggerFactory.getLogger(TargetConfig.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(logged);
    }

    @Test
    void withoutBaseUrl_theTargetIsTheEmbeddedSimulator() {
        TargetConfig target = TargetConfig.resolve(settings);

        assertThat(target.embedded()).isTrue();
        assertThat(target.hasBaseUri()).isFalse();
        assertThatThrownBy(target::baseUri)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("forSimulator");
    }

    @Test
    void remoteTarget_carriesAllThreeIdentities() {
        env.putAll(Map.of(
                "SAIL_BASE_URL", "https://acme.api.identitynow.com",
                "SAIL_CLIENT_ID", "full", "SAIL_CLIENT_SECRET", "full-secret",
                "SAIL_READONLY_CLIENT_ID", "reader", "SAIL_READONLY_CLIENT_SECRET", "reader-secret",
                "SAIL_NOACCESS_CLIENT_ID", "nobody", "SAIL_NOACCESS_CLIENT_SECRET", "nobody-secret"));

        TargetConfig target = TargetConfig.resolve(settings);

        assertThat(target.embedded()).isFalse();
        assertThat(target.baseUri()).isEqualTo(URI.create("https://acme.api.identitynow.com"));
        assertThat(target.credentials()).contains(new ClientCredentials("full", "full-secret"));
        assertThat(target.readOnly()).contains(new ClientCredentials("reader", "reader-secret"));
        assertThat(target.noAccess()).contains(new ClientCredentials("nobody", "nobody-secret"));
        assertThat(target.accessToken()).isEmpty();
    }

    @Test
    void anAccessToken_replacesClientCredentials() {
        env.put("SAIL_BASE_URL", "https://acme.api.identitynow.com");
        env.put("SAIL_ACCESS_TOKEN", "eyJhbGciOiJIUzI1NiJ9.e30.sig");

        TargetConfig target = TargetConfig.resolve(settings);

        assertThat(target.credentials()).isEmpty();
        assertThat(target.accessToken()).contains("eyJhbGciOiJIUzI1NiJ9.e30.sig");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "https://acme.api.identitynow.com/,      https://acme.api.identitynow.com",
            "https://acme.api.identitynow.com///,    https://acme.api.identitynow.com",
            "'  http://127.0.0.1:8080  ',            http://127.0.0.1:8080",
            "http://127.0.0.1:8080/prefix/,          http://127.0.0.1:8080/prefix"})
    void baseUrl_losesTrailingSlashesWithoutWarning(String raw, String expected) {
        withCredentials(raw);

        assertThat(TargetConfig.resolve(settings).baseUri()).isEqualTo(URI.create(expected));
        assertThat(logged.list).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://acme.api.identitynow.com/v3", "https://acme.api.identitynow.com/v3/",
            "https://acme.api.identitynow.com/V3"})
    void baseUrlEndingInV3_isStrippedWithOneWarning(String raw) {
        withCredentials(raw);

        URI baseUri = TargetConfig.resolve(settings).baseUri();

        assertThat(baseUri).isEqualTo(URI.create("https://acme.api.identitynow.com"));
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage())
                    .isEqualTo("SAIL_BASE_URL ends in /v3; the suite adds /v3 itself, so it uses "
                            + "https://acme.api.identitynow.com");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            no credentials            | SAIL_BASE_URL=https://t.example                                                   | SAIL_BASE_URL is set but SAIL_CLIENT_ID/SAIL_CLIENT_SECRET (or SAIL_ACCESS_TOKEN) are not: set them as environment variables or -D properties
            id without secret         | SAIL_BASE_URL=https://t.example,SAIL_CLIENT_ID=c                                  | SAIL_CLIENT_ID is set but SAIL_CLIENT_SECRET is not: set both, as environment variables or -D properties, or neither
            secret without id         | SAIL_BASE_URL=https://t.example,SAIL_CLIENT_SECRET=s                              | SAIL_CLIENT_SECRET is set but SAIL_CLIENT_ID is not: set both, as environment variables or -D properties, or neither
            read-only id only         | SAIL_BASE_URL=https://t.example,SAIL_ACCESS_TOKEN=t,SAIL_READONLY_CLIENT_ID=r     | SAIL_READONLY_CLIENT_ID is set but SAIL_READONLY_CLIENT_SECRET is not: set both, as environment variables or -D properties, or neither
            no-access secret only     | SAIL_BASE_URL=https://t.example,SAIL_ACCESS_TOKEN=t,SAIL_NOACCESS_CLIENT_SECRET=n | SAIL_NOACCESS_CLIENT_SECRET is set but SAIL_NOACCESS_CLIENT_ID is not: set both, as environment variables or -D properties, or neither
            relative base URL         | SAIL_BASE_URL=acme.api.identitynow.com,SAIL_ACCESS_TOKEN=t                        | SAIL_BASE_URL 'acme.api.identitynow.com' is not an absolute http(s) URL with a host and no user info, query or fragment: set it like https://acme.api.identitynow.com
            ftp base URL              | SAIL_BASE_URL=ftp://acme.example,SAIL_ACCESS_TOKEN=t                              | SAIL_BASE_URL 'ftp://acme.example' is not an absolute http(s) URL with a host and no user info, query or fragment: set it like https://acme.api.identitynow.com
            base URL without host     | SAIL_BASE_URL=https:///v3,SAIL_ACCESS_TOKEN=t                                     | SAIL_BASE_URL 'https:///v3' is not an absolute http(s) URL with a host and no user info, query or fragment: set it like https://acme.api.identitynow.com
            base URL with query       | SAIL_BASE_URL=https://acme.example?x=1,SAIL_ACCESS_TOKEN=t                        | SAIL_BASE_URL 'https://acme.example?x=1' is not an absolute http(s) URL with a host and no user info, query or fragment: set it like https://acme.api.identitynow.com
            base URL with password    | SAIL_BASE_URL=https://u:pw@acme.example,SAIL_ACCESS_TOKEN=t                       | SAIL_BASE_URL 'https://<user info>@acme.example' is not an absolute http(s) URL with a host and no user info, query or fragment: set it like https://acme.api.identitynow.com
            unparseable base URL      | SAIL_BASE_URL=https://acme example,SAIL_ACCESS_TOKEN=t                            | SAIL_BASE_URL 'https://acme example' is not an absolute http(s) URL with a host and no user info, query or fragment: set it like https://acme.api.identitynow.com
            """)
    void badConfiguration_failsWithOneLineSayingWhatToSet(String caseName, String variables, String message) {
        for (String assignment : variables.split(",")) {
            String[] nameValue = assignment.split("=", 2);
            env.put(nameValue[0], nameValue[1]);
        }

        assertThatThrownBy(() -> TargetConfig.resolve(settings))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
    }

    @Test
    void toString_neverShowsSecretsOrTokens() {
        env.putAll(Map.of(
                "SAIL_BASE_URL", "https://acme.api.identitynow.com",
                "SAIL_CLIENT_ID", "full", "SAIL_CLIENT_SECRET", "s3cr3t-full",
                "SAIL_ACCESS_TOKEN", "t0k3n",
                "SAIL_READONLY_CLIENT_ID", "reader", "SAIL_READONLY_CLIENT_SECRET", "s3cr3t-reader"));

        String text = TargetConfig.resolve(settings).toString();

        assertThat(text).contains("full", "reader").doesNotContain("s3cr3t", "t0k3n");
        assertThat(new ClientCredentials("id", "s3cr3t").toString()).isEqualTo("ClientCredentials[id=id, "
                + "secret=<redacted>]");
    }

    @Test
    void forSimulator_isAnEmbeddedTargetWithAnAddress() {
        ClientCredentials full = new ClientCredentials("full", "f");
        ClientCredentials reader = new ClientCredentials("reader", "r");

        TargetConfig target = TargetConfig.forSimulator("http://127.0.0.1:43210/", full, reader, null);

        assertThat(target.embedded()).isTrue();
        assertThat(target.baseUri()).isEqualTo(URI.create("http://127.0.0.1:43210"));
        assertThat(target.credentials()).contains(full);
        assertThat(target.readOnly()).contains(reader);
        assertThat(target.noAccess()).isEmpty();
    }

    @ParameterizedTest(name = "{0} loopback: {1}")
    @CsvSource({
            "http://127.0.0.1:8080,      true",
            "http://127.3.4.5,           true",
            "http://localhost:9000,      true",
            "http://LOCALHOST,           true",
            "http://[::1]:8080,          true",
            "http://10.1.2.3,            false",
            "https://192.168.0.10:8443,  false",
            "http://[2001:db8::1],       false"})
    void isLoopback_recognisesThisMachine(String baseUrl, boolean loopback) {
        TargetConfig target = TargetConfig.forSimulator(baseUrl, new ClientCredentials("c", "s"), null, null);

        assertThat(target.isLoopback()).isEqualTo(loopback);
    }

    @Test
    void withoutBaseUrl_credentialsAreIgnoredWithAWarning() {
        env.put("SAIL_CLIENT_ID", "c");
        env.put("SAIL_CLIENT_SECRET", "s");

        TargetConfig target = TargetConfig.resolve(settings);

        assertThat(target.embedded()).isTrue();
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .isEqualTo(List.of("SAIL_BASE_URL is not set, so the suite targets the embedded simulator and "
                        + "ignores SAIL_CLIENT_ID and SAIL_ACCESS_TOKEN"));
    }

    private void withCredentials(String baseUrl) {
        env.put("SAIL_BASE_URL", baseUrl);
        env.put("SAIL_CLIENT_ID", "c");
        env.put("SAIL_CLIENT_SECRET", "s");
    }
}
