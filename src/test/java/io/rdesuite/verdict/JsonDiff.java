package io.rdesuite.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A structural difference of two JSON trees, one line per change: {@code - path: value} (only before),
 * {@code + path: value} (only after), {@code ~ path: before -> after}. Object keys compare by name, arrays by
 * position.
 */
public final class JsonDiff {

    private static final int MAX_VALUE = 160;

    private JsonDiff() {
    }

    public static List<String> diff(JsonNode before, JsonNode after) {
        List<String> lines = new ArrayList<>();
        diff("$", before, after, lines);
        return lines;
    }

    private static void diff(String path, JsonNode before, JsonNode after, List<String> lines) {
        if (before == null || before.isMissingNode()) {
            lines.add("+ " + path + ": " + show(after));
        } else if (after == null || after.isMissingNode()) {
            lines.add("- " + path + ": " + show(before));
        } else if (before.isObject() && after.isObject()) {
            Set<String> names = new TreeSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                diff(path + "." + name, before.get(name), after.get(name), lines);
            }
        } else if (before.isArray() && after.isArray()) {
            int size = Math.max(before.size(), after.size());
            for (int i = 0; i < size; i++) {
                diff(path + "[" + i + "]", before.get(i), after.get(i), lines);
            }
        } else if (!before.equals(after)) {
            lines.add("~ " + path + ": " + show(before) + " -> " + show(after));
        }
    }

    private static String show(JsonNode node) {
        String text = node.toString();
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "..." : text;
    }
}
