package io.rdesuite.simulator.defects;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Defect;
import io.rdesuite.api.Operation;
import io.rdesuite.api.Variant;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one table of benign variants: every {@link Variant} has exactly one entry, kept apart from the defects. */
class VariantTableTest {

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyVariant_hasExactlyOneEntry(Variant variant) {
        List<VariantTable.Entry> entries = VariantTable.ENTRIES.stream().filter(e -> e.variant() == variant).toList();

        assertThat(entries).as("entries for %s", variant).hasSize(1);
        assertThat(entries.get(0).effect()).isNotNull();
    }

    @Test
    void theTable_holdsNothingButVariants() {
        assertThat(VariantTable.ENTRIES).hasSize(Variant.values().length);
    }

    @Test
    void gzip_isTheLastRewrite_soItEncodesTheFinalBytes() {
        VariantTable.Entry last = VariantTable.ENTRIES.get(VariantTable.ENTRIES.size() - 1);

        assertThat(last.variant()).isEqualTo(Variant.GZIP_WHEN_ASKED);
    }

    private static ApiRequest request(String path) {
        return new ApiRequest("POST", path, Map.of(), Map.of(), name -> null, new byte[0], Map.of());
    }

    @Test
    void variantsAndDefects_areSwitchedApart() {
        ActiveDefects active = new ActiveDefects(Set.of(Defect.PDF_CORRUPT), Set.of(Variant.EXTRA_FIELD));

        active.set(Set.of(Defect.CSV_MISSING_LAST_ROW));
        active.setVariants(EnumSet.allOf(Variant.class));

        assertThat(active.active()).containsExactly(Defect.CSV_MISSING_LAST_ROW);
        assertThat(active.variants()).containsExactlyInAnyOrder(Variant.values());
        assertThat(active.snapshot().rewrites()).hasSize(1 + Variant.values().length - 1);
    }

    @Test
    void noVariantOn_isTheHonestSnapshot() {
        ActiveDefects active = new ActiveDefects(Set.of(), Set.of(Variant.PRETTY_JSON));

        active.setVariants(Set.of());

        assertThat(active.snapshot()).isSameAs(ActiveDefects.Snapshot.HONEST);
    }

    @Test
    void slowReports_doublesTheDurationOnlyWhileOn() {
        ActiveDefects active = new ActiveDefects(Set.of());
        Duration configured = Duration.ofMillis(300);

        Duration before = active.lifecycleHooks().reportDuration(configured);
        active.setVariants(Set.of(Variant.SLOW_REPORTS));

        assertThat(before).isEqualTo(configured);
        assertThat(active.lifecycleHooks().reportDuration(configured)).isEqualTo(configured.multipliedBy(2));
    }

    @Test
    void slowAnswers_holdsBackTheApisAnswersOnly() {
        ApiResponse api = ApiResponse.empty(204);
        ApiResponse control = ApiResponse.empty(204);

        VariantAnswers.slowAnswers(null, Operation.CANCEL_REPORT, request("/v3/reports/x/cancel"), api);
        VariantAnswers.slowAnswers(null, null, request("/__simulator/reset"), control);

        assertThat(api.delayMillis()).isEqualTo(VariantAnswers.SLOW_ANSWER_MILLIS);
        assertThat(control.delayMillis()).isZero();
    }

    @Test
    void acceptsGzip_readsTheHeaderAsHttpDoes() {
        assertThat(VariantAnswers.acceptsGzip("gzip,deflate")).isTrue();
        assertThat(VariantAnswers.acceptsGzip("deflate, x-gzip;q=0.5")).isTrue();
        assertThat(VariantAnswers.acceptsGzip("*")).isTrue();
        assertThat(VariantAnswers.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(VariantAnswers.acceptsGzip("identity")).isFalse();
        assertThat(VariantAnswers.acceptsGzip(null)).isFalse();
    }
}
