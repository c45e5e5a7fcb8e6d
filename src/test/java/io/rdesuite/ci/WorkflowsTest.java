package io.rdesuite.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The GitHub Actions workflows cannot run here, so this keeps them honest: their triggers, that secrets reach a
 * job only as {@code secrets.SAIL_*} under the same name (never a literal, never another secret), and that they
 * run the README's two commands.
 */
class WorkflowsTest {

    /** The README's two commands: the acceptance suite (the tenant gate) and the project's tests (CI). */
    static final String ACCEPTANCE = "./mvnw -B verify -Pacceptance";
    static final String PROJECT_TESTS = "./mvnw -B -ntp verify";

    private static final Path ROOT = projectRoot();
    private static final JsonNode TENANT = read("tenant-acceptance.yml");
    private static final JsonNode PROJECT = read("project-tests.yml");
    /** Not a secret: the versions a tenant run covers, from the run's input, the repository variable, or v3. */
    private static final String API_VERSIONS = "SAIL_API_VERSIONS";
    private static final String API_VERSIONS_VALUE = "${{ inputs.api_versions || vars.SAIL_API_VERSIONS || 'v3' }}";
    private static final Set<String> SAIL_SECRETS = Set.of("SAIL_BASE_URL", "SAIL_CLIENT_ID", "SAIL_CLIENT_SECRET",
            "SAIL_READONLY_CLIENT_ID", "SAIL_READONLY_CLIENT_SECRET", "SAIL_NOACCESS_CLIENT_ID",
            "SAIL_NOACCESS_CLIENT_SECRET");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{(.*?)}}");
    private static final Pattern SECRET = Pattern.compile("secrets\\.([A-Za-z0-9_]+)");

    @Test
    void tenantAcceptance_runsNightlyAndOnDemand_only() {
        assertThat(keys(TENANT.path("on"))).containsExactlyInAnyOrder("schedule", "workflow_dispatch");
        assertThat(TENANT.path("on").path("schedule").path(0).path("cron").asText()).isNotBlank();
    }

    @Test
    void projectTests_runOnPullRequests_withoutAnySecret() throws IOException {
        assertThat(keys(PROJECT.path("on"))).containsExactly("pull_request");
        assertThat(text("project-tests.yml")).doesNotContain("secrets");
    }

    @Test
    void secrets_reachTheTenantJob_onlyAsSailSecretsOfTheSameName() throws IOException {
        Matcher expressions = EXPRESSION.matcher(text("tenant-acceptance.yml"));
        List<String> secretNames = new ArrayList<>();
        while (expressions.find()) {
            String expression = expressions.group(1).strip();
            if (expression.contains("secrets")) {
                Matcher secret = SECRET.matcher(expression);
                assertThat(secret.matches()).as("only a plain secrets.NAME: ${{ %s }}", expression).isTrue();
                secretNames.add(secret.group(1));
            }
        }
        assertThat(secretNames).containsExactlyInAnyOrderElementsOf(SAIL_SECRETS);
        assertThat(text("tenant-acceptance.yml")).doesNotContain("secrets: inherit");

        JsonNode env = TENANT.path("jobs").path("acceptance").path("env");
        Set<String> expected = new java.util.HashSet<>(SAIL_SECRETS);
        expected.add(API_VERSIONS);
        assertThat(keys(env)).containsExactlyInAnyOrderElementsOf(expected);
        env.fields().forEachRemaining(e -> assertThat(e.getValue().asText()).as(e.getKey())
                .isEqualTo(e.getKey().equals(API_VERSIONS) ? API_VERSIONS_VALUE : "${{ secrets." + e.getKey() + " }}"));
    }

    @Test
    void noSecretLooking_variable_hasALiteralValue() {
        for (JsonNode workflow : List.of(TENANT, PROJECT)) {
            for (JsonNode env : workflow.findValues("env")) {
                env.fields().forEachRemaining(e -> {
                    if (e.getKey().matches("(?i).*(SAIL_|SECRET|TOKEN|PASSWORD|KEY).*")
                            && !e.getKey().equals(API_VERSIONS)) {
                        assertThat(e.getValue().asText()).as(e.getKey()).matches("\\$\\{\\{ secrets\\.[A-Z_]+ }}");
                    }
                });
            }
        }
    }

    @Test
    void theWorkflows_runTheReadmesTwoCommands() throws IOException {
        List<String> readme = readmeCommands();
        assertThat(readme).contains(ACCEPTANCE, PROJECT_TESTS);

        assertThat(mavenCommands(TENANT)).containsExactly(ACCEPTANCE);
        assertThat(mavenCommands(PROJECT)).containsExactly(PROJECT_TESTS);
    }

    @Test
    void tenantAcceptance_onJava17_keepsHistory_publishesReportXmlAndSummary() {
        List<JsonNode> steps = steps(TENANT);
        assertThat(steps).anySatisfy(s -> {
            assertThat(s.path("uses").asText()).startsWith("actions/setup-java@");
            assertThat(s.path("with").path("java-version").asText()).isEqualTo("17");
        });
        String history = "target/site/allure-maven-plugin/history";
        assertThat(steps).anySatisfy(s -> assertThat(s.path("uses").asText() + " " + s.path("with").path("path").asText())
                .startsWith("actions/cache/restore@").endsWith(" " + history));
        assertThat(steps).anySatisfy(s -> assertThat(s.path("uses").asText() + " " + s.path("with").path("path").asText())
                .startsWith("actions/cache/save@").endsWith(" " + history));
        String uploaded = steps.stream().filter(s -> s.path("uses").asText().startsWith("actions/upload-artifact@"))
                .map(s -> s.path("with").path("path").asText()).reduce("", String::concat);
        assertThat(uploaded).contains("target/site/allure-maven-plugin", "target/failsafe-reports");
        assertThat(steps).anySatisfy(s -> assertThat(s.path("run").asText())
                .contains("target/coverage-matrix.md >> \"$GITHUB_STEP_SUMMARY\""));
    }

    /** The commands of the first bash block under the README's "Two commands" heading, comments cut off. */
    private static List<String> readmeCommands() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
        int heading = 0;
        while (heading < lines.size() && !(lines.get(heading).startsWith("#")
                && lines.get(heading).toLowerCase().contains("two commands"))) {
            heading++;
        }
        assertThat(heading).as("README has a 'Two commands' heading").isLessThan(lines.size());
        int open = heading;
        while (!lines.get(open).startsWith("```")) {
            open++;
        }
        List<String> commands = new ArrayList<>();
        for (int i = open + 1; !lines.get(i).startsWith("```"); i++) {
            String command = lines.get(i).replaceFirst("\\s+#.*$", "").strip();
            if (!command.isEmpty()) {
                commands.add(command);
            }
        }
        return commands;
    }

    /** The ./mvnw lines of every run step. */
    private static List<String> mavenCommands(JsonNode workflow) {
        return steps(workflow).stream().flatMap(s -> s.path("run").asText().lines()).map(String::strip)
                .filter(l -> l.startsWith("./mvnw")).toList();
    }

    private static List<JsonNode> steps(JsonNode workflow) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.path("jobs").forEach(job -> job.path("steps").forEach(steps::add));
        return steps;
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static String text(String workflow) throws IOException {
        return Files.readString(ROOT.resolve(".github/workflows").resolve(workflow));
    }

    private static JsonNode read(String workflow) {
        try {
            return new YAMLMapper().readTree(text(workflow));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the workflow " + workflow, e);
        }
    }

    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".github/workflows"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No .github/workflows above " + Path.of("").toAbsolutePath());
    }
}
