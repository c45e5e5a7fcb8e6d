package io.rdesuite.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the project's OpenAPI copy with the published document, leaving out every object the copy marks
 * with an {@code x-deviation} extension (in both trees, at the same place). What is left must be equal.
 */
public final class MarkedDeviations {

    public static final String MARKER = "x-deviation";

    /** One marked object: where it is (a JSON pointer) and its marker. */
    public record Mark(String pointer, JsonNode marker) {
        public String id() {
            return marker.path("id").asText("");
        }
    }

    private MarkedDeviations() {
    }

    /** Every object of {@code copy} holding an x-deviation, outermost first. */
    public static List<Mark> marks(JsonNode copy) {
        List<Mark> marks = new ArrayList<>();
        collect(copy, "", marks);
        return marks;
    }

    /**
     * The first place where the two documents differ once the marked objects are removed from both, or empty
     * when they are equal there.
     */
    public static Optional<String> unmarkedDifference(JsonNode published, JsonNode copy) {
        JsonNode left = published.deepCopy();
        JsonNode right = copy.deepCopy();
        List<Mark> marks = new ArrayList<>(marks(copy));
        // deepest and last array items first, so that removing one place does not move another
        marks.sort(Comparator.comparing(Mark::pointer).reversed());
        for (Mark mark : marks) {
            remove(left, mark.pointer());
            remove(right, mark.pointer());
            pruneEmptyHolders(right, left, mark.pointer());
        }
        return firstDifference(left, right, "");
    }

    private static void collect(JsonNode node, String pointer, List<Mark> marks) {
        if (node.isObject()) {
            if (node.has(MARKER)) {
                marks.add(new Mark(pointer, node.get(MARKER)));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getKey().equals(MARKER)) {
                    collect(field.getValue(), pointer + "/" + escape(field.getKey()), marks);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, marks);
            }
        }
    }

    private static void remove(JsonNode root, String pointer) {
        int cut = pointer.lastIndexOf('/');
        if (cut < 0) {
            return;
        }
        JsonNode parent = root.at(pointer.substring(0, cut));
        String last = unescape(pointer.substring(cut + 1));
        if (parent instanceof ObjectNode object) {
            object.remove(last);
        } else if (parent instanceof ArrayNode array && last.matches("\\d+") && Integer.parseInt(last) < array.size()) {
            array.remove(Integer.parseInt(last));
        }
    }

    /**
     * Removes, in the copy, containers left empty by the removal that the published document does not have
     * (e.g. a headers map added only to hold a marked header).
     */
    private static void pruneEmptyHolders(JsonNode copy, JsonNode published, String pointer) {
        for (String p = parent(pointer); p != null && !p.isEmpty(); p = parent(p)) {
            JsonNode node = copy.at(p);
            if (!node.isContainerNode() || node.size() > 0 || !published.at(p).isMissingNode()) {
                return;
            }
            remove(copy, p);
        }
    }

    private static String parent(String pointer) {
        int cut = pointer.lastIndexOf('/');
        return cut < 0 ? null : pointer.substring(0, cut);
    }

    private static Optional<String> firstDifference(JsonNode a, JsonNode b, String pointer) {
        if (a.isObject() && b.isObject()) {
            List<String> names = new ArrayList<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(n -> {
                if (!a.has(n)) {
                    names.add(n);
                }
            });
            for (String name : names) {
                String here = pointer + "/" + escape(name);
                if (!a.has(name) || !b.has(name)) {
                    return Optional.of(here + (a.has(name) ? " is only in the published document"
                            : " is only in the project copy"));
                }
                Optional<String> d = firstDifference(a.get(name), b.get(name), here);
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                Optional<String> d = firstDifference(a.get(i), b.get(i), pointer + "/" + i);
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        return a.equals(b) ? Optional.empty()
                : Optional.of(pointer + ": published " + a + ", project copy " + b);
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
