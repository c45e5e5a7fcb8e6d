package io.rdesuite.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The OAuth token endpoint's answer to a client_credentials grant. */
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        String scope,
        @JsonProperty("tenant_id") String tenantId,
        String pod,
        String org,
        String jti) {

    @Override
    public String toString() {
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + ", scope=" + scope
                + ", accessToken=<redacted>]";
    }
}
