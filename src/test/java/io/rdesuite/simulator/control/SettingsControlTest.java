package io.rdesuite.simulator.control;

import static io.rdesuite.simulator.testing.SimHarness.MANAGE;
import static io.rdesuite.simulator.testing.SimHarness.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Operation;
import io.rdesuite.simulator.testing.SharedSimulatorTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET/PUT /__simulator/settings: the choices about open behaviour, every key checked, the round trip of GET. */
class SettingsControlTest extends SharedSimulatorTest {

    private static final String ALL_CHOICES_CHANGED = "{\"cancelUnknownId\":404,\"cancelFinished\":400,"
            + "\"getReportBeforeCompletion\":400,\"checkOrder\":\"FORBIDDEN_FIRST\"}";

    @Test
    void get_showsTheChoicesWithTheirDefaults() {
        JsonPath settings = h.control("GET", "/settings", null).jsonPath();

        assertThat(settings.getInt("cancelUnknownId")).isEqualTo(400);
        assertThat(settings.getInt("cancelFinished")).isEqualTo(204);
        assertThat(settings.getInt("getReportBeforeCompletion")).isEqualTo(404);
        assertThat(settings.getString("checkOrder")).isEqualTo("RATE_LIMIT_FIRST");
    }

    @Test
    void put_changesTheChoicesAtRunTime_andResetRestoresThem() {
        Response put = h.control("PUT", "/settings", ALL_CHOICES_CHANGED);
        int changedAnswer = cancelUnknown().statusCode();
        h.control("POST", "/reset", null);

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(put.jsonPath().getInt("cancelUnknownId")).isEqualTo(404);
        assertThat(put.jsonPath().getString("checkOrder")).isEqualTo("FORBIDDEN_FIRST");
        assertThat(changedAnswer).isEqualTo(404);
        assertThat(cancelUnknown().statusCode()).isEqualTo(400);
        assertThat(h.control("GET", "/settings", null).jsonPath().getString("checkOrder")).isEqualTo("RATE_LIMIT_FIRST");
    }

    @Test
    void put_ofWhatGetAnswers_isAcceptedAndChangesNothing() {
        h.control("PUT", "/settings", ALL_CHOICES_CHANGED);
        String before = h.control("GET", "/settings", null).asString();

        Response put = h.control("PUT", "/settings", before);

        assertThat(put.statusCode()).as(put.asString()).isEqualTo(200);
        assertThat(put.jsonPath().getList("notes")).containsExactly(
                "'clients' is read-only (clients are set when the simulator starts): ignored");
        assertThat(h.control("GET", "/settings", null).as(Map.class)).isEqualTo(JsonPath.from(before).getMap(""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"cancelUnknownId\":500}|'cancelUnknownId' takes 400, 404 or 204, not 500",
        "{\"cancelFinished\":\"404\"}|'cancelFinished' takes 204, 400 or 404, not \"404\"",
        "{\"getReportBeforeCompletion\":200}|'getReportBeforeCompletion' takes 404 or 400, not 200",
        "{\"checkOrder\":\"SIDEWAYS\"}|'checkOrder' takes RATE_LIMIT_FIRST or FORBIDDEN_FIRST (rate-limit-first, forbidden-first), not 'SIDEWAYS'",
        "{\"cancelUnknownID\":404}|unknown key 'cancelUnknownID'; the keys are reportDuration, outcomes,",
        "{\"rateLimits\":{\"window\":\"10s\"}}|unknown key 'rateLimits.window'; rateLimits takes default, clients, escalation and perVersion",
        "{\"outcomes\":{\"ACCOUNTS\":\"FINE\"}}|'outcomes': 'FINE' is not an outcome",
        "{\"seed\":7}|'seed' is fixed when the simulator starts (--seed, or --settings FILE); it is 42",
        "{\"runningResultView\":\"HIDDEN\"}|'runningResultView' takes OMIT_STATUS or EMPTY, not 'HIDDEN'"})
    void put_ofABadValue_is400NamingTheKey_andChangesNothing(String body, String problem) {
        String changeToo = body.substring(0, body.length() - 1) + ",\"reportDuration\":\"5s\"}";

        Response put = h.control("PUT", "/settings", changeToo);

        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(put.<String>path("messages[0].text")).startsWith(problem).doesNotContain("\n");
        assertThat(h.control("GET", "/settings", null).<String>path("reportDuration")).isEqualTo("50ms");
    }

    @Test
    void put_ofTheKeysFixedAtStart_withTheirValue_isAccepted() {
        JsonPath settings = h.control("GET", "/settings", null).jsonPath();
        String body = "{\"seed\":" + settings.getLong("seed") + ",\"tokenTtl\":\"" + settings.getString("tokenTtl")
                + "\",\"csvContentType\":\"" + settings.getString("csvContentType") + "\"}";

        assertThat(h.control("PUT", "/settings", body).statusCode()).isEqualTo(200);
    }

    @Test
    void put_ofRateLimitsDefectsAndVariants_changesThem() {
        Response put = h.control("PUT", "/settings", "{\"rateLimits\":{\"default\":\"5/1s\",\"clients\":{\"demo-read\":"
                + "\"2/1s\"},\"escalation\":true},\"defects\":[\"CANCEL_IGNORED\"],\"variants\":[\"EXTRA_FIELD\"]}");

        assertThat(put.statusCode()).as(put.asString()).isEqualTo(200);
        assertThat(put.<String>path("rateLimits.default")).isEqualTo("5/1s");
        assertThat(put.<Map<String, String>>path("rateLimits.clients")).containsEntry("demo-read", "2/1s");
        assertThat(put.<Boolean>path("rateLimits.escalation")).isTrue();
        assertThat(put.<List<String>>path("defects")).containsExactly("CANCEL_IGNORED");
        assertThat(put.<List<String>>path("variants")).containsExactly("EXTRA_FIELD");
    }

    private Response cancelUnknown() {
        return h.as(MANAGE).post(Operation.CANCEL_REPORT.path(UNKNOWN_ID));
    }
}
