package io.rdesuite.simulator.control;

import static io.rdesuite.simulator.testing.SimHarness.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Variant;
import io.rdesuite.client.SimulatorControl;
import io.rdesuite.simulator.testing.SimHarness;
import io.restassured.response.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** GET/PUT /__simulator/variants, the variants listed by /info, reset to the start variants, the client's setter. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VariantsControlTest {

    /** Started with one variant on, so reset has something to return to. */
    private final SimHarness h = SimHarness.start(b -> b.variant(Variant.EXTRA_HEADERS));

    @AfterAll
    void stop() {
        h.close();
    }

    @BeforeEach
    void reset() {
        h.reset();
    }

    @Test
    void get_listsTheVariantsOn_startingWithTheConfiguredOnes() {
        Response variants = h.control("GET", "/variants", null);

        assertThat(variants.statusCode()).isEqualTo(200);
        assertThat(variants.<List<String>>path("variants")).containsExactly("EXTRA_HEADERS");
        assertThat(h.control("GET", "/settings", null).<List<String>>path("variants")).containsExactly("EXTRA_HEADERS");
    }

    @Test
    void put_switchesExactlyTheNamedVariantsOn_andTheAnswersChange() {
        Response put = h.control("PUT", "/variants", "{\"variants\":[\"EXTRA_FIELD\",\"PRETTY_JSON\"]}");

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(put.<List<String>>path("variants")).containsExactly("EXTRA_FIELD", "PRETTY_JSON");
        String body = h.result(UNKNOWN_ID).asString();
        assertThat(body).contains("\n").contains("addedByANewerVersion");
        assertThat(h.result(UNKNOWN_ID).header("X-Request-Trace")).isNull();
    }

    @Test
    void putAll_switchesEveryVariantOn_andLeavesTheControlApiAsItIs() {
        h.control("PUT", "/variants", "{\"variants\":[\"all\"]}");

        assertThat(h.control("GET", "/variants", null).<List<String>>path("variants")).hasSize(Variant.values().length);
        Response info = h.control("GET", "/info", null);
        assertThat(info.asString()).doesNotContain("\n", "addedByANewerVersion");
        assertThat(info.contentType()).isEqualTo("application/json;charset=utf-8");
        assertThat(info.header("Content-Encoding")).isNull();
    }

    @Test
    void putUnknownName_is400AndChangesNothing() {
        Response put = h.control("PUT", "/variants", "{\"variants\":[\"EXTRA_FIELD\",\"NO_SUCH_VARIANT\"]}");

        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(put.<String>path("messages[0].text")).contains("NO_SUCH_VARIANT");
        assertThat(h.control("GET", "/variants", null).<List<String>>path("variants")).containsExactly("EXTRA_HEADERS");
        assertThat(h.control("PUT", "/variants", "{\"variants\":\"EXTRA_FIELD\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void reset_restoresTheStartVariants() {
        h.control("PUT", "/variants", "{\"variants\":[]}");
        assertThat(h.result(UNKNOWN_ID).header("X-Request-Trace")).isNull();

        assertThat(h.control("POST", "/reset", null).statusCode()).isEqualTo(204);

        assertThat(h.control("GET", "/variants", null).<List<String>>path("variants")).containsExactly("EXTRA_HEADERS");
        assertThat(h.result(UNKNOWN_ID).header("X-Request-Trace")).isNotNull();
    }

    @Test
    void info_listsEveryVariantWithItsDescription() {
        Response info = h.control("GET", "/info", null);

        assertThat(info.<List<String>>path("variantsAvailable.name"))
                .containsExactlyElementsOf(Arrays.stream(Variant.values()).map(Enum::name).toList());
        assertThat(info.<List<String>>path("variantsAvailable.description")).doesNotContainNull().allSatisfy(d ->
                assertThat(d).isNotBlank());
    }

    @Test
    void simulatorControl_setsAndReadsTheVariants() {
        SimulatorControl control = new SimulatorControl(URI.create(h.simulator().baseUrl()));

        control.setVariants(Set.of(Variant.GZIP_WHEN_ASKED, Variant.SLOW_REPORTS));

        assertThat(control.variants()).isEqualTo(EnumSet.of(Variant.GZIP_WHEN_ASKED, Variant.SLOW_REPORTS));
        control.setVariants(Set.of());
        assertThat(control.variants()).isEmpty();
    }
}
