package io.rdesuite.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Search indices a SEARCH_EXPORT may query. */
public enum Index {
    @JsonProperty("accessprofiles") ACCESSPROFILES,
    @JsonProperty("accountactivities") ACCOUNTACTIVITIES,
    @JsonProperty("entitlements") ENTITLEMENTS,
    @JsonProperty("events") EVENTS,
    @JsonProperty("identities") IDENTITIES,
    @JsonProperty("roles") ROLES,
    @JsonProperty("*") ALL
}
