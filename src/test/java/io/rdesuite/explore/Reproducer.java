package io.rdesuite.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The answer of a failed exploration: the seed that replays it, the minimised steps, the HTTP exchanges as curl
 * lines (the Authorization header and the token call's secret redacted) with what came back, and a JUnit test on the
 * typed client. Printed, attached to the property's Allure result and written to target/explore/.
 */
final class Reproducer {

    static final Path FOLDER = Path.of("target", "explore");

    private Reproducer() {
    }

    static String render(String property, long seed, URI baseUri, List<Action> original, List<Action> steps,
                         SequenceRun.Outcome outcome, boolean minimised) {
        StringBuilder text = new StringBuilder();
        text.append("# exploration '").append(property).append("' failed; seed ").append(seed)
                .append(": replay with -D").append(Budget.SEED).append('=').append(seed).append('\n');
        text.append("# broken promise: ").append(outcome.first()).append('\n');
        outcome.violations().stream().skip(1).forEach(v -> text.append("#   and: ").append(v).append('\n'));
        text.append(minimised ? "# minimised from " + original.size() + " to " + steps.size()
                + " steps (no single step can be removed with the failure remaining):\n"
                : "# the steps as run (a tenant is replayed, not minimised):\n");
        for (int i = 0; i < steps.size(); i++) {
            text.append("#   ").append(i + 1).append(". ").append(steps.get(i).describe()).append('\n');
        }
        text.append("\n# HTTP exchanges\n");
        Set<String> clients = new LinkedHashSet<>();
        outcome.exchanges().forEach(ex -> clients.add(ex.client()));
        clients.forEach(c -> text.append(Exchange.tokenCurl(baseUri, c)).append('\n'));
        for (Exchange ex : outcome.exchanges()) {
            text.append(ex.curl(baseUri)).append('\n').append(ex.answerLine()).append('\n');
        }
        text.append("\n// JUnit, on the typed client (io.rdesuite.client.ReportsClient)\n");
        text.append("@Test\nvoid explorationSeed").append(Long.toUnsignedString(seed)).append("() throws Exception {\n");
        text.append("    URI baseUri = URI.create(\"").append(baseUri).append("\");\n");
        text.append("    Function<Identity, ReportsClient> as = who -> ReportsClient.builder(baseUri)\n")
                .append("            .tokenProvider(tokensOf(who)) // the client of that identity; secrets from the environment\n")
                .append("            .retryPolicy(RetryPolicy.none()).build();\n");
        text.append("    ReportsClient client = as.apply(Identity.MANAGE);\n");
        text.append("    Map<Integer, String> ids = new HashMap<>();\n");
        steps.forEach(step -> text.append("    ").append(step.junit()).append('\n'));
        text.append("    // the model expected otherwise: ").append(outcome.first()).append("\n}\n");
        return text.toString();
    }

    /** Writes the reproducer to target/explore/PROPERTY-seed-N.txt; answers the file. */
    static Path write(String property, long seed, String text) {
        try {
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(property + "-seed-" + Long.toUnsignedString(seed) + ".txt");
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
