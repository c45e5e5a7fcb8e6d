package io.rdesuite.explore;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Allure;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.model.Label;
import io.rdesuite.config.Settings;
import io.rdesuite.support.SuiteTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The exploration as a gate (failsafe, beside the scenarios): one Allure result per property, the reproducer
 * attached on failure, and no coverage-cell labels (apiVersion, operationId, httpStatus): exploration does not turn
 * matrix cells PASSED or FAILED. Against the embedded simulator it explores one of its own with the in-process clock;
 * against SAIL_BASE_URL the same target, paced inside the documented limit. docs/exploration.md.
 */
@Epic(ReportJobExploration.SECTION)
class ReportJobExploration {

    static final String SECTION = "exploration";
    /** Where the exploration's lines are written (also attached as "summary": the matrix's section reads them). */
    static final Path SUMMARY = Reproducer.FOLDER.resolve("summary.txt");
    static final Path INPUTS_SUMMARY = Reproducer.FOLDER.resolve("summary-inputs.txt");

    @Test
    @Feature("generated inputs")
    @DisplayName("inputs generated from the documents never get a 5xx, an undocumented status or an invalid error body")
    void generatedInputsKeepTheContract() throws IOException {
        section();
        Settings settings = Settings.fromSystem();
        SuiteTarget suite = SuiteTarget.get();
        InputExploration.Result result;
        if (suite.isEmbedded()) {
            try (ExploreTarget.InProcess target = ExploreTarget.inProcess(b -> { })) {
                result = InputExploration.run(target, Budget.from(settings, Budget.EMBEDDED), settings.apiVersions());
            }
        } else {
            try (ExploreTarget target = ExploreTarget.tenant(suite.config())) {
                result = InputExploration.run(target, Budget.from(settings, Budget.TENANT), settings.apiVersions());
            }
        }
        List<String> lines = InputExploration.lines(result);
        Files.createDirectories(SUMMARY.getParent());
        Files.write(INPUTS_SUMMARY, lines);
        Allure.addAttachment("summary", "text/plain", String.join("\n", lines), ".txt");
        lines.forEach(System.out::println);
        if (result.failed()) {
            Allure.addAttachment("failing inputs", "text/plain", String.join("\n\n", result.failures()), ".txt");
        }
        assertThat(result.failures()).as("generated inputs").isEmpty();
    }

    private static void section() {
        Allure.getLifecycle().updateTestCase(test -> {
            test.getLabels().removeIf(l -> "suite".equals(l.getName()));
            test.getLabels().add(new Label().setName("suite").setValue(SECTION));
        });
    }

    @Test
    @Feature("report job sequences")
    @DisplayName("every answer of seeded start/poll/download/cancel sequences is one the model of the report job allows")
    void reportJobSequencesAgreeWithTheModel() throws IOException {
        section();
        Settings settings = Settings.fromSystem();
        SuiteTarget suite = SuiteTarget.get();
        Exploration.Result result;
        if (suite.isEmbedded()) {
            try (ExploreTarget.InProcess target = ExploreTarget.inProcess(b -> { })) {
                result = Exploration.run(target, Budget.from(settings, Budget.EMBEDDED), settings.apiVersions(),
                        OpenChoices.from(settings));
            }
        } else {
            try (ExploreTarget target = ExploreTarget.tenant(suite.config())) {
                result = Exploration.run(target, Budget.from(settings, Budget.TENANT), settings.apiVersions(),
                        OpenChoices.from(settings));
            }
        }
        Files.createDirectories(SUMMARY.getParent());
        Files.write(SUMMARY, Exploration.lines(result));
        Allure.addAttachment("summary", "text/plain", String.join("\n", Exploration.lines(result)), ".txt");
        Exploration.lines(result).forEach(System.out::println);
        if (result.failed()) {
            System.out.println(result.reproducer());
            Allure.addAttachment("reproducer (seed " + result.seed() + ")", "text/plain", result.reproducer(), ".txt");
        }
        assertThat(result.failure()).as("exploration failed; reproducer in target/explore/:\n%s", result.reproducer())
                .isNull();
    }
}
