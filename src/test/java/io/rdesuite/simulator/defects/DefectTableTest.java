package io.rdesuite.simulator.defects;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Defect;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one table of deliberate defects: every {@link Defect} has exactly one entry, and the layer compiles it. */
class DefectTableTest {

    @ParameterizedTest
    @EnumSource(Defect.class)
    void everyDefect_hasExactlyOneEntry(Defect defect) {
        List<DefectTable.Entry> entries = DefectTable.ENTRIES.stream().filter(e -> e.defect() == defect).toList();

        assertThat(entries).as("entries for %s", defect).hasSize(1);
        assertThat(entries.get(0).effect()).isNotNull();
    }

    @Test
    void theTable_holdsNothingButDefects() {
        assertThat(DefectTable.ENTRIES).hasSize(Defect.values().length);
    }

    @Test
    void noDefectOn_isTheHonestSnapshot() {
        ActiveDefects defects = new ActiveDefects(Set.of());

        assertThat(defects.snapshot()).isSameAs(ActiveDefects.Snapshot.HONEST);
        assertThat(defects.snapshot().rewrites()).isEmpty();
        assertThat(defects.snapshot().repairs()).isEmpty();
        assertThat(defects.snapshot().waived()).isEmpty();
    }
}
