package io.rdesuite.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The smallest failing sequence, delta-debugging style: drop chunks of halving size while the failure remains, then
 * single steps until none can be removed with the failure remaining (1-minimal). {@code fails} replays a candidate
 * on a fresh target; {@code maxTries} bounds how many replays it may take.
 */
final class Minimiser {

    private Minimiser() {
    }

    static <T> List<T> minimise(List<T> failing, Predicate<List<T>> fails, int maxTries) {
        List<T> current = new ArrayList<>(failing);
        int tries = 0;
        int chunk = Math.max(1, current.size() / 2);
        while (chunk >= 1 && tries < maxTries) {
            boolean removed = false;
            for (int from = 0; from < current.size() && tries < maxTries; ) {
                List<T> candidate = new ArrayList<>(current.subList(0, from));
                candidate.addAll(current.subList(Math.min(current.size(), from + chunk), current.size()));
                tries++;
                if (!candidate.isEmpty() && fails.test(candidate)) {
                    current = candidate;
                    removed = true;
                } else {
                    from += chunk;
                }
            }
            if (chunk == 1 && !removed) {
                break;
            }
            if (!removed || chunk > 1) {
                chunk = Math.max(1, chunk / 2);
            }
        }
        return current;
    }
}
