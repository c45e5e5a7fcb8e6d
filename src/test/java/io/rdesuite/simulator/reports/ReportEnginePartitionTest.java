package io.rdesuite.simulator.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.rdesuite.api.ReportType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A partition (an API version's own reports when the versions do not share state): own tasks, the engine's settings. */
class ReportEnginePartitionTest {

    private final ReportEngine engine = new ReportEngine(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
            42L, Duration.ofSeconds(3), Map.of(), LifecycleHooks.HONEST, Retention.DEFAULT);
    private final ReportEngine partition = engine.partition();

    @Test
    void aPartitionKeepsItsOwnTasks_theEngineListsAndClearsThemToo() {
        Task own = partition.start(ReportType.ACCOUNTS, JsonNodeFactory.instance.objectNode(), "demo-manage").task();
        Task shared = engine.start(ReportType.ACCOUNTS, JsonNodeFactory.instance.objectNode(), "demo-manage").task();

        assertThat(own.id()).isNotEqualTo(shared.id());
        assertThat(engine.find(own.id())).isEmpty();
        assertThat(partition.find(shared.id())).isEmpty();
        assertThat(engine.all()).containsExactlyInAnyOrder(own, shared);

        engine.clear();
        assertThat(partition.find(own.id())).isEmpty();
    }

    @Test
    void settingsOfTheEngineApplyToItsPartitions_andTheirsToIt() {
        engine.setDuration(Duration.ofMinutes(7));
        partition.setOutcome(ReportType.ACCOUNTS, Outcome.WARNING);
        engine.retention(Retention.parse("30m,5"));

        Task task = partition.start(ReportType.ACCOUNTS, JsonNodeFactory.instance.objectNode(), "demo-manage").task();

        assertThat(task.duration()).isEqualTo(Duration.ofMinutes(7));
        assertThat(task.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(engine.outcomes()).containsEntry(ReportType.ACCOUNTS, Outcome.WARNING);
        assertThat(partition.retention()).isEqualTo(Retention.parse("30m,5"));
    }
}
