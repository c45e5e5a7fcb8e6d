package io.rdesuite.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientRegistrationTest {

    @Test
    void parse_splitsIdSecretAndScopes() {
        ClientRegistration client = ClientRegistration.parse("ci:s3cret:sp:report:read,sp:report:manage");

        assertThat(client.clientId()).isEqualTo("ci");
        assertThat(client.secret()).isEqualTo("s3cret");
        assertThat(client.scopes()).containsExactlyInAnyOrder("sp:report:read", "sp:report:manage");
    }

    @Test
    void parse_acceptsAnEmptyScopeList() {
        assertThat(ClientRegistration.parse("ci:s3cret:").scopes()).isEmpty();
    }

    @Test
    void parse_trimsScopesAndDropsEmptyOnes() {
        assertThat(ClientRegistration.parse("ci:s3cret: sp:report:read ,,").scopes()).containsExactly("sp:report:read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nocolon", "ci:hunter2", ":hunter2:scopes"})
    void parse_refusesSpecsWithoutThreeParts_withoutEchoingTheSecret(String spec) {
        assertThatThrownBy(() -> ClientRegistration.parse(spec)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not ID:SECRET:SCOPES")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void parse_refusesAnEmptySecret() {
        assertThatThrownBy(() -> ClientRegistration.parse("ci::sp:report:read"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a secret");
    }

    @Test
    void toString_showsIdAndScopesButNotTheSecret() {
        ClientRegistration client = new ClientRegistration("ci", "s3cret", Set.of("sp:report:read"));

        assertThat(client.toString()).contains("ci", "sp:report:read").doesNotContain("s3cret");
    }
}
