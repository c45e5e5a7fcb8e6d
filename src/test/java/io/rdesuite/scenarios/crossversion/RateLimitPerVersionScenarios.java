package io.rdesuite.scenarios.crossversion;

import static io.rdesuite.api.Operation.GET_REPORT_RESULT;
import static io.rdesuite.scenarios.crossversion.VersionExpectation.RATE_LIMIT_EXPECTATION;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.scenarios.gateway.Burst;
import io.rdesuite.scenarios.gateway.RateLimitedAnswer;
import io.rdesuite.support.Scenario;
import io.rdesuite.support.TargetApi;
import io.rdesuite.support.TargetApi.Identity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rate limit is counted per API version (-Dreports.rateLimitPerVersion=true, the default): a client driven over
 * its limit through one version is still served through another; with =false the other version refuses it too
 * (one budget). Calls go without the 429 courtesy, which would wait the window out. Runs when two versions or more
 * are selected (else nothing, and one console line says why), each version but the last driven over its limit once.
 */
@DisplayName("Across versions: a client over its rate limit in one version, called through another")
class RateLimitPerVersionScenarios {

    /**
     * On a simulator, the client's limit during the burst: a 3 s window, ample for the next call to fall in the same
     * one and short to wait out (the nested self-checks' clean-up waits it).
     */
    static final String TIGHT_LIMIT = "3/3s";

    @BeforeAll
    static void severalVersions() {
        CrossVersionRuns.sayWhenSkipped("cross-version scenarios (rate limit)");
    }

    @AfterAll
    static void reportWhatHolds() {
        RATE_LIMIT_EXPECTATION.report();
    }

    static List<VersionPair> pairs() {
        return CrossVersionRuns.chain();
    }

    @ParameterizedTest(name = "limited in {0}", allowZeroInvocations = true)
    @MethodSource("pairs")
    @DisplayName("getReportResult through another version while the client is over its limit in one")
    void anotherVersionServesAClientLimitedInOne(VersionPair pair) {
        boolean perVersion = RATE_LIMIT_EXPECTATION.expected().orElse(true);
        CrossVersionRuns.covers(pair.second(), GET_REPORT_RESULT, perVersion ? 200 : 429, "Rate limit per version");
        String otherId = CrossVersionRuns.completedThrough(pair.second());

        Response next;
        try (Burst burst = Burst.of(TargetApi.of(pair.first()), GET_REPORT_RESULT, RateLimitSpec.parse(TIGHT_LIMIT))) {
            Optional<Response> limited = burst.firstRateLimited();
            Scenario.requireTarget(limited.isPresent(), "no 429 within " + Burst.TENANT_BURST + " requests through "
                    + pair.first().label() + ": the tenant's limit is above the documented 100 per 10 s");
            RateLimitedAnswer.check(limited.get());

            next = result(pair.second(), otherId);
        }

        Relation seen = next.statusCode() == 200 ? Relation.SEPARATE
                : next.statusCode() == 429 ? Relation.SHARED : Relation.NEITHER;
        if (seen == Relation.SHARED) {
            RateLimitedAnswer.check(next);
        }
        if (seen != Relation.NEITHER) {
            Scenario.coversInstead(seen == Relation.SEPARATE ? 200 : 429);
        }
        RATE_LIMIT_EXPECTATION.judge(pair.second(), seen, "to getReportResult through " + pair.second().label()
                + " right after a 429 through " + pair.first().label(), "answered " + next.statusCode() + " "
                + next.asString());
    }

    private static Response result(ApiVersion version, String id) {
        return TargetApi.current().burstAs(Identity.MANAGE).orElseThrow().accept(ContentType.JSON)
                .get(GET_REPORT_RESULT.template(version), id);
    }
}
