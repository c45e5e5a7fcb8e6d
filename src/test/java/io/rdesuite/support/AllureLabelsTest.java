package io.rdesuite.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import io.rdesuite.api.ApiVersion;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A covered cell files the test by version, operation and status, each grouping label once, and names its version. */
class AllureLabelsTest {

    @Test
    void aCell_filesTheTestUnderTheApi_byOperationAndStatus() {
        TestResult result = runWith(List.of(new Label().setName("suite").setValue("startReport: validation")),
                () -> {
                    AllureLabels.cell("startReport", 400);
                    AllureLabels.label("story", "Validation");
                });

        Map<String, List<String>> labels = result.getLabels().stream().collect(Collectors.groupingBy(Label::getName,
                Collectors.mapping(Label::getValue, Collectors.toList())));
        assertThat(labels).doesNotContainKey("parentSuite").containsEntry("apiVersion", List.of("v3"))
                .containsEntry("operationId", List.of("startReport"))
                .containsEntry("httpStatus", List.of("400"))
                .containsEntry("suite", List.of("v3 startReport"))
                .containsEntry("subSuite", List.of("startReport: validation"))
                .containsEntry("epic", List.of("startReport"))
                .containsEntry("feature", List.of("400 Bad Request"))
                .containsEntry("story", List.of("Validation"));
    }

    @Test
    void aCell_namesTheVersion_andKeepsItsHistoryWhateverTheRunsNumber() {
        String second = "[engine:junit-jupiter]/[class-template:io.rdesuite.X]/[class-template-invocation:#2]/[method:m()]";
        String fifth = second.replace("#2", "#5");

        TestResult v1 = runWith(List.of(uniqueId(second)), "starts a report", () ->
                AllureLabels.cell(ApiVersion.V1, "startReport", 200));
        TestResult v1Elsewhere = runWith(List.of(uniqueId(fifth)), "starts a report", () ->
                AllureLabels.cell(ApiVersion.V1, "startReport", 200));
        TestResult v3 = runWith(List.of(uniqueId(second)), "starts a report", () -> {
            AllureLabels.cell(ApiVersion.V3, "startReport", 200);
            AllureLabels.cell(ApiVersion.V3, "startReport", 200);
        });

        assertThat(v1.getName()).isEqualTo("starts a report [v1]");
        assertThat(v3.getName()).as("named once").isEqualTo("starts a report [v3]");
        assertThat(v1.getLabels()).contains(new Label().setName("apiVersion").setValue("v1"),
                new Label().setName("suite").setValue("v1 startReport"));
        assertThat(v1.getHistoryId()).isNotNull().isEqualTo(v1Elsewhere.getHistoryId())
                .isNotEqualTo(v3.getHistoryId());
    }

    private static Label uniqueId(String id) {
        return new Label().setName(AllureJunitPlatform.JUNIT_PLATFORM_UNIQUE_ID).setValue(id);
    }

    private static TestResult runWith(List<Label> labels, Runnable body) {
        return runWith(labels, null, body);
    }

    /** Runs {@code body} inside a test case of a private lifecycle (never the one reporting this test). */
    private static TestResult runWith(List<Label> labels, String name, Runnable body) {
        AllureLifecycle outer = Allure.getLifecycle();
        Captured captured = new Captured();
        try {
            AllureLifecycle lifecycle = new AllureLifecycle(captured);
            Allure.setLifecycle(lifecycle);
            String uuid = UUID.randomUUID().toString();
            lifecycle.scheduleTestCase(new TestResult().setUuid(uuid).setName(name).setLabels(new ArrayList<>(labels)));
            lifecycle.startTestCase(uuid);
            body.run();
            lifecycle.stopTestCase(uuid);
            lifecycle.writeTestCase(uuid);
        } finally {
            Allure.setLifecycle(outer);
        }
        assertThat(captured.results).hasSize(1);
        return captured.results.get(0);
    }

    private static final class Captured implements AllureResultsWriter {
        final List<TestResult> results = new ArrayList<>();

        @Override
        public void write(TestResult result) {
            results.add(result);
        }

        @Override
        public void write(TestResultContainer container) {
        }

        @Override
        public void write(String source, InputStream attachment) {
        }
    }
}
