package io.rdesuite.explore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.ReportType;
import io.rdesuite.explore.ArgumentSchemas.Property;
import io.rdesuite.support.TargetApi.Identity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Draws the sequences an exploration runs, from a seed: starts of every report type with valid arguments drawn
 * from the version's schemas (a small pool of values per property, so that repeated starts happen), polls,
 * downloads in every format with and without name and auditable, cancels, repeated starts, a switch of client and,
 * with several versions, of version; waits move reports along, a burst meets the rate limit where that is allowed.
 */
final class Plans {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Duration> WAITS = List.of(Duration.ofMillis(200), Duration.ofMillis(600),
            Duration.ofMillis(1_100), Duration.ofMillis(2_500));
    private static final List<String> NAMES = List.of("quarterly", "Report 2026", "accounts.csv", "q1/2026", "Zoë & 東京");

    private final ArgumentSchemas schemas;
    private final List<ApiVersion> versions;
    private final Set<Identity> identities;
    private final boolean bursts;

    Plans(ArgumentSchemas schemas, List<ApiVersion> versions, Set<Identity> identities, boolean bursts) {
        this.schemas = schemas;
        this.versions = versions;
        this.identities = identities;
        this.bursts = bursts;
    }

    /** A sequence of {@code length} steps drawn from {@code seed}. */
    List<Action> plan(long seed, int length) {
        Random random = new Random(seed);
        List<Action> plan = new ArrayList<>();
        List<Action.Start> starts = new ArrayList<>();
        int burstAt = bursts && random.nextInt(3) == 0 ? random.nextInt(length) : -1;
        while (plan.size() < length) {
            int roll = random.nextInt(100);
            if (plan.size() == burstAt) {
                plan.add(new Action.Burst(ReportModel.LIMIT.requests() + 1));
                plan.add(new Action.Wait(ReportModel.LIMIT.window()));
            } else if (roll < 18 || starts.isEmpty()) {
                Action.Start start;
                if (!starts.isEmpty() && random.nextInt(3) == 0) {
                    Action.Start earlier = starts.get(random.nextInt(starts.size()));
                    start = new Action.Start(starts.size(), earlier.type(), earlier.arguments(), earlier.ref());
                } else {
                    ReportType type = ReportType.values()[random.nextInt(ReportType.values().length)];
                    start = new Action.Start(starts.size(), type, arguments(type, random), Action.UNKNOWN);
                }
                starts.add(start);
                plan.add(start);
                if (random.nextInt(4) == 0) {
                    plan.add(new Action.Cancel(start.ref()));
                }
            } else if (roll < 36) {
                plan.add(new Action.Poll(pick(starts, random), random.nextInt(4) == 0 ? random.nextBoolean() : null));
            } else if (roll < 56) {
                FileFormat format = FileFormat.values()[random.nextInt(FileFormat.values().length)];
                String name = random.nextInt(3) == 0 ? NAMES.get(random.nextInt(NAMES.size())) : null;
                Boolean auditable = random.nextInt(3) == 0 ? random.nextBoolean() : null;
                plan.add(new Action.Download(pick(starts, random), format, name, auditable));
            } else if (roll < 65) {
                int ref = pick(starts, random);
                plan.add(new Action.Cancel(ref));
                if (ref != Action.UNKNOWN && random.nextBoolean()) {
                    Action.Start earlier = starts.get(ref);
                    Action.Start again = new Action.Start(starts.size(), earlier.type(), earlier.arguments(), ref);
                    starts.add(again);
                    plan.add(again);
                }
            } else if (roll < 87) {
                plan.add(new Action.Wait(WAITS.get(random.nextInt(WAITS.size()))));
            } else if (roll < 95 || versions.size() == 1) {
                List<Identity> all = List.copyOf(identities);
                plan.add(new Action.As(all.get(random.nextInt(all.size()))));
            } else {
                plan.add(new Action.Through(versions.get(random.nextInt(versions.size()))));
            }
        }
        return plan;
    }

    /** An earlier report (half the time one of the last two started), now and then an unknown id. */
    private static int pick(List<Action.Start> starts, Random random) {
        if (random.nextInt(12) == 0) {
            return Action.UNKNOWN;
        }
        int index = random.nextBoolean() ? starts.size() - 1 - random.nextInt(Math.min(2, starts.size()))
                : random.nextInt(starts.size());
        return starts.get(index).ref();
    }

    /** Valid arguments of the type, drawn from its schema: required ones always, the others three times in four. */
    String arguments(ReportType type, Random random) {
        List<Property> properties = schemas.arguments(type);
        ObjectNode arguments = JSON.createObjectNode();
        for (Property p : properties) {
            if (!p.required() && random.nextInt(4) == 0) {
                continue;
            }
            switch (p.type()) {
                case "boolean" -> arguments.put(p.name(), random.nextBoolean());
                case "array" -> {
                    ArrayNode items = arguments.putArray(p.name());
                    if (p.allowed().isEmpty()) {
                        items.add(random.nextBoolean() ? "+displayName" : "-created");
                    } else {
                        Set<String> chosen = new LinkedHashSet<>();
                        int count = 1 + random.nextInt(Math.min(3, p.allowed().size()));
                        while (chosen.size() < count) {
                            chosen.add(p.allowed().get(random.nextInt(p.allowed().size())));
                        }
                        chosen.forEach(items::add);
                    }
                }
                default -> arguments.put(p.name(), p.allowed().isEmpty()
                        ? pool(p).get(random.nextInt(pool(p).size())) : p.allowed().get(random.nextInt(p.allowed().size())));
            }
        }
        return arguments.isEmpty() && random.nextBoolean() ? null : arguments.toString();
    }

    private static List<String> pool(Property p) {
        String example = p.example() == null ? "example" : p.example();
        return Map.of("query", List.of(example, "name:a*", "attributes.city:London"),
                        "columns", List.of(example, "displayName,email"))
                .getOrDefault(p.name(), List.of(example, example + "-2"));
    }
}
