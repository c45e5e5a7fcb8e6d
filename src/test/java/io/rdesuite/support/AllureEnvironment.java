package io.rdesuite.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes allure-results/environment.properties for the run: the target's address, the OpenAPI copy's version
 * and the suite's version. Never credentials.
 */
final class AllureEnvironment {

    private AllureEnvironment() {
    }

    static void write(SuiteTarget target) {
        Path dir = Path.of(System.getProperty("allure.results.directory", "allure-results"));
        String spec = OpenApiDocument.read(OpenApiDocument.projectCopy()).path("info").path("version").asText("?");
        String text = "Target=" + escape(target.describe()) + "\n"
                + "Target.controlApi=" + (target.control().isPresent() ? "found at /__simulator/info" : "none") + "\n"
                + "OpenAPI=" + escape(OpenApiDocument.PROJECT_COPY) + " (v" + spec + ", with marked deviations)\n"
                + "Suite.version=" + System.getProperty("suite.version", "dev") + "\n"
                + "Java=" + System.getProperty("java.version") + "\n";
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("environment.properties"), text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write environment.properties", e);
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }
}
