package io.rdesuite.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AllureEnvironmentTest {

    @Test
    void anAddress_losesItsUserInfoAndQuery() {
        assertThat(AllureEnvironment.withoutSecrets("target https://ci:s3cret@acme.api.identitynow.com/v3?token=abc"))
                .isEqualTo("target https://acme.api.identitynow.com/v3");
        assertThat(AllureEnvironment.withoutSecrets("embedded simulator at http://127.0.0.1:8089"))
                .isEqualTo("embedded simulator at http://127.0.0.1:8089");
    }
}
