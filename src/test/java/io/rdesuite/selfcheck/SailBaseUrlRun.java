package io.rdesuite.selfcheck;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.config.Settings;
import io.rdesuite.contract.provider.VerificationTarget;
import io.rdesuite.simulator.ClientRegistration;
import io.rdesuite.support.SuiteTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The acceptance run as a tenant's run makes it, against a standalone simulator: {@link SuiteRunMain} in a child
 * JVM whose environment holds SAIL_BASE_URL and the demo clients' SAIL_* credentials (and no other SAIL_* value of
 * this JVM's environment), so the target is found by the same resolution and preflight a user's run takes. The
 * child's output goes to a log file beside the result; its Allure files to a folder of their own, never
 * allure-results.
 */
final class SailBaseUrlRun {

    private static final long TIMEOUT_MINUTES = 10;

    private SailBaseUrlRun() {
    }

    /** Runs the suite against {@code baseUrl}, with its files in {@code workDir}. */
    static SuiteRun.Result against(String baseUrl, Path workDir) throws IOException, InterruptedException {
        return against(baseUrl, workDir, List.of());
    }

    /** As {@link #against(String, Path)}, in {@code versions} (SAIL_API_VERSIONS of the child) unless empty. */
    static SuiteRun.Result against(String baseUrl, Path workDir, List<ApiVersion> versions)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path result = workDir.resolve("result.json");
        Path log = workDir.resolve("run.log");
        Files.deleteIfExists(result);
        ProcessBuilder child = new ProcessBuilder(StandaloneSimulator.java(), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dallure.results.directory=" + workDir.resolve("allure-discarded"),
                "-cp", System.getProperty("java.class.path"), SuiteRunMain.class.getName(), result.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = child.environment();
        env.keySet().removeIf(name -> name.startsWith("SAIL_"));
        env.putAll(settings(baseUrl));
        if (!versions.isEmpty()) {
            env.put(Settings.API_VERSIONS, versions.stream().map(ApiVersion::label).collect(Collectors.joining(",")));
        }
        Process process = child.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the SAIL_BASE_URL run took over " + TIMEOUT_MINUTES + " min; see " + log);
        }
        if (process.exitValue() != 0 || !Files.exists(result)) {
            String tail = String.join("\n", lastLines(log, 15));
            throw new IllegalStateException("the SAIL_BASE_URL run ended with " + process.exitValue() + "; " + log
                    + " ends:\n" + tail);
        }
        return new ObjectMapper().readValue(result.toFile(), SuiteRun.Result.class);
    }

    /**
     * The acceptance command's tests against {@code baseUrl} as a tenant's run makes them ({@link AcceptanceRunMain}),
     * in API version v3 (the tenant workflow's default): the Allure results stay in {@code workDir}/allure-results for
     * the caller to judge; the verified pact cells and the clean-up's line go to {@code workDir} too, never to the
     * build's own files.
     */
    static AcceptanceRunMain.Summary acceptance(String baseUrl, Path workDir) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path summary = workDir.resolve("summary.json");
        Path log = workDir.resolve("run.log");
        Path results = workDir.resolve("allure-results");
        Files.deleteIfExists(summary);
        if (Files.isDirectory(results)) {
            try (var files = Files.list(results)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        ProcessBuilder child = new ProcessBuilder(StandaloneSimulator.java(), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dallure.results.directory=" + results,
                "-D" + VerificationTarget.COVERAGE_FILE_PROPERTY + "=" + workDir.resolve("pact.json"),
                "-D" + SuiteTarget.CLEANUP_LOG + "=" + workDir.resolve("reports-cleanup.log"),
                "-Dpact_do_not_track=true",
                "-cp", System.getProperty("java.class.path"), AcceptanceRunMain.class.getName(), summary.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = child.environment();
        env.keySet().removeIf(name -> name.startsWith("SAIL_"));
        env.putAll(settings(baseUrl));
        env.put(Settings.API_VERSIONS, ApiVersion.V3.label());
        Process process = child.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the SAIL_BASE_URL run took over " + TIMEOUT_MINUTES + " min; see " + log);
        }
        if (process.exitValue() != 0 || !Files.exists(summary)) {
            String tail = String.join("\n", lastLines(log, 15));
            throw new IllegalStateException("the SAIL_BASE_URL run ended with " + process.exitValue() + "; " + log
                    + " ends:\n" + tail);
        }
        return new ObjectMapper().readValue(summary.toFile(), AcceptanceRunMain.Summary.class);
    }

    /** The simulator's --client flags naming the clients of {@link #settings}: full access, read-only, no access. */
    static List<String> clientFlags() {
        return ClientRegistration.DEMO_CLIENTS.stream().flatMap(c -> Stream.of("--client",
                c.clientId() + ":" + c.secret() + ":" + String.join(",", new TreeSet<>(c.scopes())))).toList();
    }

    /** The variables a tenant's run sets, naming the demo clients. */
    static Map<String, String> settings(String baseUrl) {
        List<ClientRegistration> demo = ClientRegistration.DEMO_CLIENTS;
        return Map.of(Settings.BASE_URL, baseUrl,
                Settings.CLIENT_ID, demo.get(0).clientId(), Settings.CLIENT_SECRET, demo.get(0).secret(),
                Settings.READONLY_CLIENT_ID, demo.get(1).clientId(), Settings.READONLY_CLIENT_SECRET, demo.get(1).secret(),
                Settings.NOACCESS_CLIENT_ID, demo.get(2).clientId(), Settings.NOACCESS_CLIENT_SECRET, demo.get(2).secret());
    }

    private static List<String> lastLines(Path log, int count) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return lines.subList(Math.max(0, lines.size() - count), lines.size());
    }
}
