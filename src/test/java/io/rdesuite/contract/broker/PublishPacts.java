package io.rdesuite.contract.broker;

import au.com.dius.pact.core.pactbroker.PactBrokerClient;
import au.com.dius.pact.core.pactbroker.PactBrokerClientConfig;
import au.com.dius.pact.core.pactbroker.PublishConfiguration;
import au.com.dius.pact.core.support.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Optional publication of the pinned pacts to a Pact Broker: does nothing unless PACT_BROKER_BASE_URL is set.
 * PACT_BROKER_TOKEN (a bearer token) authenticates; PACT_CONSUMER_VERSION (default: the git commit) and
 * PACT_CONSUMER_BRANCH (default: the git branch) name the version. Each may be given as -D property too.
 * The token is never printed.
 *
 * <p>{@code PACT_BROKER_BASE_URL=https://broker.example PACT_BROKER_TOKEN=... ./mvnw -q -o exec:java@publish-pacts}
 */
public final class PublishPacts {

    private PublishPacts() {
    }

    public static void main(String[] args) {
        Function<String, String> settings = name -> {
            String property = System.getProperty(name);
            return property != null && !property.isBlank() ? property : System.getenv(name);
        };
        System.out.println(publish(Path.of(args[0]), settings));
    }

    /** Publishes every pact in {@code dir}; answers what was done, one line. */
    static String publish(Path dir, Function<String, String> settings) {
        String broker = blankToNull(settings.apply("PACT_BROKER_BASE_URL"));
        if (broker == null) {
            return "Pact publication skipped: PACT_BROKER_BASE_URL is not set";
        }
        String version = orElse(settings.apply("PACT_CONSUMER_VERSION"), () -> git("rev-parse", "--short", "HEAD"));
        String branch = orElse(settings.apply("PACT_CONSUMER_BRANCH"), () -> git("rev-parse", "--abbrev-ref", "HEAD"));
        if (version == null) {
            throw new IllegalStateException("Set PACT_CONSUMER_VERSION: no git commit to name the consumer version");
        }
        String token = blankToNull(settings.apply("PACT_BROKER_TOKEN"));
        Map<String, Object> options = token == null ? Map.of() : Map.of("authentication", List.of("bearer", token));
        PactBrokerClient client = new PactBrokerClient(broker, options, new PactBrokerClientConfig());
        List<String> published = new ArrayList<>();
        for (Path pact : pactFiles(dir)) {
            Result<String, Exception> result = client.uploadPactFile(pact.toFile(),
                    new PublishConfiguration(version, List.of(), branch == null ? "" : branch));
            if (result instanceof Result.Err<?> err) {
                throw new IllegalStateException("Publishing " + pact.getFileName() + " to " + broker + " failed: "
                        + err.getError());
            }
            published.add(pact.getFileName().toString());
        }
        return "Published " + published + " to " + broker + " as version " + version
                + (branch == null ? "" : " on branch " + branch);
    }

    private static List<Path> pactFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    private static String git(String... args) {
        try {
            List<String> command = new ArrayList<>(List.of("git"));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes()).trim();
            return process.waitFor() == 0 && !out.isEmpty() ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String orElse(String value, java.util.function.Supplier<String> fallback) {
        String v = blankToNull(value);
        return v != null ? v : fallback.get();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
