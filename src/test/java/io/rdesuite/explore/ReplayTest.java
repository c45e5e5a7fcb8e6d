package io.rdesuite.explore;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Defect;
import io.rdesuite.config.Settings;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A failing run prints a minimised reproducer, and replaying its seed fails the same way (CANCEL_IGNORED). */
class ReplayTest {

    @Test
    @DisplayName("a failure is minimised to steps none of which can go, and its seed replays it")
    void failureIsMinimisedAndItsSeedReplaysIt() throws Exception {
        Exploration.Result first = run();
        assertThat(first.failed()).isTrue();
        assertThat(first.minimised().size()).isLessThan(first.failing().size());
        assertThat(first.reproducer()).contains("curl ", "<redacted>", "client.startReport(", "-Dreports.explore.seed="
                + first.seed()).doesNotContain("demo-manage-secret");
        assertThat(Files.readString(Reproducer.FOLDER.resolve(Exploration.PROPERTY + "-seed-" + first.seed() + ".txt")))
                .isEqualTo(first.reproducer());
        for (int i = 0; i < first.minimised().size(); i++) {
            java.util.List<Action> fewer = new java.util.ArrayList<>(first.minimised());
            fewer.remove(i);
            assertThat(failsTheSameWay(fewer, first.failure())).as("without step %d", i + 1).isFalse();
        }
        Exploration.Result replay = run();
        assertThat(Exploration.signature(replay.failure())).isEqualTo(Exploration.signature(first.failure()));
        assertThat(replay.minimised()).isEqualTo(first.minimised());
    }

    private static Exploration.Result run() {
        try (ExploreTarget.InProcess target = ExploreTarget.inProcess(Set.of(Defect.CANCEL_IGNORED), Set.of())) {
            return Exploration.run(target, Budget.SELF_CHECK, ExplorationCatchesDefectsTest.VERSIONS,
                    OpenChoices.from(Settings.of(Map.of(), Map.of())));
        }
    }

    private static boolean failsTheSameWay(java.util.List<Action> steps, String failure) {
        TARGET.reset();
        SequenceRun runner = new SequenceRun(new Wire(TARGET, false), OpenChoices.from(Settings.of(Map.of(), Map.of())),
                Exploration.answerCheck(), ExplorationCatchesDefectsTest.VERSIONS);
        SequenceRun.Outcome outcome = runner.run(steps, (s, r) -> false);
        return outcome.failed() && Exploration.signature(outcome.first()).equals(Exploration.signature(failure));
    }

    private static final ExploreTarget.InProcess TARGET = ExploreTarget.inProcess(Set.of(Defect.CANCEL_IGNORED),
            Set.of());

    @org.junit.jupiter.api.AfterAll
    static void close() {
        TARGET.close();
    }
}
