package io.rdesuite.scenarios.crossversion;

import io.rdesuite.api.ApiVersion;
import java.util.ArrayList;
import java.util.List;

/** Two of the run's API versions: a report (or a budget) is used through {@code first}, then through {@code second}. */
record VersionPair(ApiVersion first, ApiVersion second) {

    /** Every ordered pair of different versions of {@code versions}: each is read through each of the others. */
    static List<VersionPair> everyOrdered(List<ApiVersion> versions) {
        List<VersionPair> pairs = new ArrayList<>();
        for (ApiVersion a : versions) {
            for (ApiVersion b : versions) {
                if (a != b) {
                    pairs.add(new VersionPair(a, b));
                }
            }
        }
        return pairs;
    }

    /**
     * Each version with the next one: every version but the last is used first once, every version but the first
     * second once, and none is used second after it was used first (a tenant's budget may still be spent).
     */
    static List<VersionPair> chain(List<ApiVersion> versions) {
        List<VersionPair> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < versions.size(); i++) {
            pairs.add(new VersionPair(versions.get(i), versions.get(i + 1)));
        }
        return pairs;
    }

    @Override
    public String toString() {
        return first.label() + " -> " + second.label();
    }
}
