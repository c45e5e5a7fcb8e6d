package io.rdesuite.support;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.verdict.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Collectors;

/**
 * Writes allure-results/environment.properties for the run: the target's address (user info and query taken
 * out), the API versions, whether a tenant profile pins the open choices, the OpenAPI copy's version and the suite's
 * version. Never credentials. The coverage
 * matrix reads {@value #TARGET} back for its summary.
 */
public final class AllureEnvironment {

    public static final String FILE = "environment.properties";
    public static final String TARGET = "Target";

    private AllureEnvironment() {
    }

    static void write(SuiteTarget target) {
        Path dir = Path.of(System.getProperty("allure.results.directory", "allure-results"));
        String spec = OpenApiDocument.read(OpenApiDocument.projectCopy()).path("info").path("version").asText("?");
        String versions = SuiteVersions.selected().stream().map(ApiVersion::label).collect(Collectors.joining(","));
        String text = TARGET + "=" + escape(withoutSecrets(target.describe())) + "\n"
                + "Target.controlApi=" + (target.control().isPresent() ? "found at /__simulator/info" : "none") + "\n"
                + "API.versions=" + versions + "\n"
                + "Open.choices=" + escape(Profile.current().map(p -> "pinned by the profile " + p.name() + " ("
                        + p.pinned().size() + " rows)").orElse("observed: every honest value passes (no profile)"))
                + "\n"
                + "OpenAPI=" + escape(OpenApiDocument.PROJECT_COPY) + " (v" + spec + ", with marked deviations)\n"
                + "Suite.version=" + System.getProperty("suite.version", "dev") + "\n"
                + "Java=" + System.getProperty("java.version") + "\n";
        try {
            Files.createDirectories(dir);
            // whole or not at all: the scenario JVMs running at once each write it
            Path part = Files.createTempFile(dir, FILE, ".part");
            Files.writeString(part, text);
            Files.move(part, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + FILE, e);
        }
    }

    /** An address as a report may show it: without user info (user:password@) and without a query string. */
    public static String withoutSecrets(String address) {
        return address.replaceAll("://[^/@\\s]*@", "://").replaceAll("\\?\\S*", "");
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }
}
