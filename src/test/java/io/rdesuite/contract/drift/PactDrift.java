package io.rdesuite.contract.drift;

import io.rdesuite.verdict.JsonDiff;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The drift gate: compares the pacts the consumer tests just wrote with the pinned ones and fails when they
 * differ in meaning. Metadata (Pact JVM and specification versions), interaction keys and test names are not
 * meaning; interactions are matched by description and provider states, whatever their order.
 *
 * <p>Run by the build after the tests ({@code check}); {@code accept} copies the fresh pacts over the pinned
 * ones. Arguments: {@code check|accept FRESH_DIR PINNED_DIR}; {@code -Dpact.accept=true} turns check into accept.
 */
public final class PactDrift {

    static final String ACCEPT_COMMAND = "./mvnw -q -o exec:java@accept-pacts";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PactDrift() {
    }

    public static void main(String[] args) {
        if (args.length != 3 || !Set.of("check", "accept").contains(args[0])) {
            throw new IllegalArgumentException("usage: PactDrift check|accept FRESH_DIR PINNED_DIR");
        }
        Path fresh = Path.of(args[1]);
        Path pinned = Path.of(args[2]);
        boolean accept = args[0].equals("accept") || Boolean.getBoolean("pact.accept");
        if (pactFiles(fresh).isEmpty()) {
            String message = "Pact drift gate: no fresh pacts in " + fresh + " (the consumer tests did not run)";
            if (accept) {
                throw new IllegalStateException(message + ": run them first, e.g. ./mvnw -o test -Dtest='*PactTest'");
            }
            System.out.println(message + "; nothing to compare");
            return;
        }
        if (accept) {
            List<String> changed = accept(fresh, pinned);
            System.out.println("Pact drift gate: accepted " + (changed.isEmpty() ? "no change" : changed) + " into "
                    + pinned);
            return;
        }
        List<String> drift = compare(fresh, pinned);
        if (!drift.isEmpty()) {
            String report = "Pact drift gate: the fresh pacts differ from the pinned ones in " + pinned + "\n  "
                    + String.join("\n  ", drift) + "\nIf the change is intended, accept it with: " + ACCEPT_COMMAND
                    + " (after the consumer tests) or ./mvnw verify -Dpact.accept=true, and commit " + pinned;
            System.out.println(report);
            throw new IllegalStateException(report);
        }
        System.out.println("Pact drift gate: " + pactFiles(fresh).size() + " pact(s) match the pinned contract");
    }

    /** The differences in meaning between the pinned and the fresh pacts of two folders; empty when none. */
    public static List<String> compare(Path fresh, Path pinned) {
        Set<String> names = new TreeSet<>();
        pactFiles(fresh).forEach(p -> names.add(p.getFileName().toString()));
        pactFiles(pinned).forEach(p -> names.add(p.getFileName().toString()));
        List<String> drift = new ArrayList<>();
        for (String name : names) {
            Path f = fresh.resolve(name);
            Path p = pinned.resolve(name);
            if (!Files.exists(p)) {
                drift.add(name + ": new pact, not pinned");
            } else if (!Files.exists(f)) {
                drift.add(name + ": pinned pact no longer produced");
            } else {
                compare(read(p), read(f)).forEach(line -> drift.add(name + ": " + line));
            }
        }
        return drift;
    }

    /** Differences in meaning of two pacts, pinned first. */
    public static List<String> compare(JsonNode pinned, JsonNode fresh) {
        return JsonDiff.diff(normalize(pinned), normalize(fresh));
    }

    /** The pact without what carries no meaning, interactions keyed by description and provider states. */
    static JsonNode normalize(JsonNode pact) {
        ObjectNode copy = pact.deepCopy();
        copy.remove("metadata");
        ObjectNode interactions = JSON.createObjectNode();
        for (JsonNode interaction : pact.path("interactions")) {
            ObjectNode i = interaction.deepCopy();
            i.remove("key");
            if (i.get("comments") instanceof ObjectNode comments) {
                comments.remove("testname");
                if (comments.path("text").isEmpty()) {
                    comments.remove("text");
                }
                if (comments.isEmpty()) {
                    i.remove("comments");
                }
            }
            interactions.set(identity(interaction), i);
        }
        copy.set("interactions", interactions);
        return copy;
    }

    private static String identity(JsonNode interaction) {
        String states = java.util.stream.StreamSupport.stream(interaction.path("providerStates").spliterator(), false)
                .map(s -> s.path("name").asText()).collect(Collectors.joining(" & "));
        String description = interaction.path("description").asText();
        return states.isEmpty() ? "'" + description + "'" : "'" + description + "' given '" + states + "'";
    }

    static List<String> accept(Path fresh, Path pinned) {
        try {
            Files.createDirectories(pinned);
            List<String> changed = new ArrayList<>();
            Set<String> freshNames = new TreeSet<>();
            for (Path f : pactFiles(fresh)) {
                String name = f.getFileName().toString();
                freshNames.add(name);
                Path target = pinned.resolve(name);
                if (!Files.exists(target) || !compare(read(target), read(f)).isEmpty()) {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                    changed.add(name);
                }
            }
            for (Path p : pactFiles(pinned)) {
                if (!freshNames.contains(p.getFileName().toString())) {
                    Files.delete(p);
                    changed.add("removed " + p.getFileName());
                }
            }
            return changed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> pactFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
