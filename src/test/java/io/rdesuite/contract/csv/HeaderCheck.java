package io.rdesuite.contract.csv;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A served CSV header against its pin. Downstream jobs read the columns by name and position, so a pinned column
 * that is renamed or dropped, or pinned columns in another order, is a violation; a column the pin does not name
 * is an addition (drift, reported, not failed), wherever it stands.
 */
public final class HeaderCheck {

    /**
     * What the check found.
     *
     * @param violations one line each: a renamed, dropped or reordered column, naming the column and the key
     * @param added      the columns the pin does not name, in the served order
     */
    public record Verdict(List<String> violations, List<String> added) {
        public boolean passed() {
            return violations.isEmpty();
        }
    }

    private HeaderCheck() {
    }

    /** Checks the header served under {@code key} (e.g. ACCOUNTS) against the pinned one. */
    public static Verdict check(String key, List<String> pinned, List<String> served) {
        Set<String> unpinned = new LinkedHashSet<>(served);
        unpinned.removeAll(pinned);
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < pinned.size(); i++) {
            String column = pinned.get(i);
            if (served.contains(column)) {
                continue;
            }
            String instead = i < served.size() && unpinned.contains(served.get(i)) ? served.get(i) : null;
            if (instead != null) {
                unpinned.remove(instead);
                violations.add(key + " CSV: column '" + column + "' (column " + (i + 1) + ") is renamed to '"
                        + instead + "'");
            } else {
                violations.add(key + " CSV: column '" + column + "' (column " + (i + 1) + ") is dropped");
            }
        }
        List<String> kept = served.stream().filter(pinned::contains).toList();
        List<String> expected = pinned.stream().filter(served::contains).toList();
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(kept.get(i))) {
                violations.add(key + " CSV: columns reordered: '" + kept.get(i) + "' comes where the pin has '"
                        + expected.get(i) + "' (pinned order " + pinned + ", served " + served + ")");
                break;
            }
        }
        return new Verdict(violations, List.copyOf(unpinned));
    }
}
