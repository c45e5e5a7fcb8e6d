package io.rdesuite.explore;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Defect;
import io.rdesuite.config.Settings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** For the self-checks outside this package: does the exploration (both properties, default seed) catch a defect? */
public final class ExplorationVerdict {

    private ExplorationVerdict() {
    }

    /** The first broken promise the exploration finds against an in-process simulator with {@code defect} on. */
    public static Optional<String> caught(Defect defect) {
        List<ApiVersion> versions = List.of(ApiVersion.V3);
        try (ExploreTarget.InProcess target = ExploreTarget.inProcess(Set.of(defect), Set.of())) {
            Exploration.Result sequences = Exploration.run(target, Budget.SELF_CHECK, versions,
                    OpenChoices.from(Settings.of(Map.of(), Map.of())), false);
            if (sequences.failed()) {
                return Optional.of(Exploration.PROPERTY + ": " + sequences.failure());
            }
            InputExploration.Result inputs = InputExploration.run(target, Budget.SELF_CHECK, versions);
            return inputs.failures().stream().findFirst().map(f -> InputExploration.PROPERTY + ": "
                    + f.lines().findFirst().orElse(f));
        }
    }
}
