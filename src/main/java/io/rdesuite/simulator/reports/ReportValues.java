package io.rdesuite.simulator.reports;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * The cells of a report row, by column name: {@link #usual} for the simulator's own columns (and a search's
 * requested ones), {@link #generated} for a column it does not know (a {@code csvHeaders} setting may name any),
 * plausible for the column's name and drawn from the report's seeded random source. No value is personal data:
 * names are famous computer scientists', addresses are at example.com.
 */
final class ReportValues {

    /** One row's draws, shared by its cells (a display name and an email of the same person). */
    record Person(int index, String id, String first, String last) {

        static Person draw(int index, SplittableRandom random) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            return new Person(index, hex(random), first, last);
        }

        String login() {
            return (first + "." + last).toLowerCase(Locale.ROOT);
        }
    }

    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken",
        "Margaret", "Dennis", "Radia", "Tim", "Katherine", "Linus", "Shafi", "John"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen",
        "Thompson", "Hamilton", "Ritchie", "Perlman", "Berners-Lee", "Johnson", "Torvalds", "Goldwasser", "Backus"};
    private static final String[] STATES = {"active", "inactive", "prehire", "terminated"};
    private static final String[] STATUSES = {"active", "inactive", "pending"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private ReportValues() {
    }

    /** The value of one of the simulator's own columns (its kind read from the name), as its files always had it. */
    static String usual(String column, Person p, SplittableRandom random, JsonNode arguments) {
        String c = column.toLowerCase(Locale.ROOT);
        if (c.endsWith("id") && !c.contains("source")) {
            return p.id();
        }
        if (c.contains("source id")) {
            return text(arguments, "application", "2c9180897e7742b2017e781782f705b9");
        }
        if (c.contains("source name") || c.contains("authoritative")) {
            return text(arguments, "sourceName", text(arguments, "authoritativeSource", "Active Directory"));
        }
        if (c.contains("display")) {
            return p.first() + " " + p.last();
        }
        if (c.contains("email")) {
            return p.login() + p.index() + "@example.com";
        }
        if (c.contains("name")) {
            return p.login() + p.index();
        }
        if (c.contains("lifecycle")) {
            return STATES[random.nextInt(STATES.length)];
        }
        if (c.contains("created") || c.contains("occurred")) {
            return day(random);
        }
        if (c.contains("manager")) {
            return LAST[random.nextInt(LAST.length)].toLowerCase(Locale.ROOT);
        }
        if (c.contains("accounts") || c.contains("access")) {
            return Integer.toString(random.nextInt(12));
        }
        if (c.contains("profile")) {
            return "Employees";
        }
        if (c.contains("error")) {
            return "Attribute 'email' could not be promoted";
        }
        if (c.contains("correlated") || c.contains("disabled") || c.contains("locked")) {
            return Boolean.toString(random.nextBoolean());
        }
        return column + "-" + p.index();
    }

    /**
     * A value for a column the simulator does not know, of the kind its name suggests: an id, a date, a count, a
     * flag, an address at example.com, a status; otherwise the column's name in lower case and a number
     * ("Cost Center" gives "cost-center-17").
     */
    static String generated(String column, Person p, SplittableRandom random) {
        String c = column.toLowerCase(Locale.ROOT);
        String slug = NOT_ALNUM.matcher(c).replaceAll("-").replaceAll("^-+|-+$", "");
        String[] words = slug.split("-");
        String lastWord = words[words.length - 1];
        if (lastWord.equals("id") || lastWord.equals("uuid") || lastWord.equals("guid") || column.endsWith("Id")) {
            return hex(random);
        }
        if (c.contains("date") || c.contains("time") || c.contains("modified") || c.contains("updated")
                || c.contains("created") || c.contains("expir") || lastWord.equals("at") || c.contains("last ")) {
            return day(random);
        }
        if (c.contains("count") || c.contains("number") || c.contains("total") || c.contains("#")) {
            return Integer.toString(random.nextInt(100));
        }
        if (c.startsWith("is ") || c.startsWith("has ") || column.matches("(is|has)[A-Z_].*") || c.contains("enabled")
                || c.contains("active") || c.contains("flag")) {
            return Boolean.toString(random.nextBoolean());
        }
        if (c.contains("mail")) {
            return "user" + p.index() + "@example.com";
        }
        if (c.contains("status") || c.contains("state")) {
            return STATUSES[random.nextInt(STATUSES.length)];
        }
        return (slug.isEmpty() ? "value" : slug) + "-" + (1 + random.nextInt(999));
    }

    private static String day(SplittableRandom random) {
        return DAY.format(Instant.ofEpochSecond(1_600_000_000L + random.nextInt(100_000_000)));
    }

    private static String hex(SplittableRandom random) {
        return Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
    }

    static String text(JsonNode node, String field, String fallback) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? fallback : v.asText();
    }
}
