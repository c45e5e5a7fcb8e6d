package io.rdesuite.calibration;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;
import io.rdesuite.calibration.Fidelity.Difference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The fidelity table as text (console, Allure attachment) and as JSON. */
final class FidelityReport {

    private static final int CELL = 44;

    private FidelityReport() {
    }

    static String text(String title, Fidelity f) {
        StringBuilder out = new StringBuilder(title).append(System.lineSeparator());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"scenario", "step", "operation (kind)", "what", "recorded (" + f.recordedTarget() + ")",
                "replayed (" + f.replayedTarget() + ")", "assumption row"});
        for (Difference d : f.differences()) {
            rows.add(new String[] {shortId(d.scenario()), d.step() == 0 ? "-" : String.valueOf(d.step()),
                    d.operation() + " (" + d.kind() + ")", d.aspect(), d.recorded(), d.replayed(),
                    (d.row() == null ? "(none)" : d.row()) + (d.modelled() ? "" : ", not modelled")});
        }
        int[] widths = new int[rows.get(0).length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], cut(r[i]).length());
            }
        });
        if (!f.differences().isEmpty()) {
            rows.forEach(r -> {
                for (int i = 0; i < r.length; i++) {
                    out.append(String.format("%-" + widths[i] + "s", cut(r[i]))).append(i + 1 < r.length ? " | " : "");
                }
                out.append(System.lineSeparator());
            });
        }
        f.notReplayed().forEach(id -> out.append("not replayed: ").append(id).append(System.lineSeparator()));
        return out.append(f.summary()).append(System.lineSeparator()).toString();
    }

    /** Writes the table as JSON (with the settings a calibration wrote, when given). */
    static Path writeJson(Path file, Fidelity f, Map<String, String> evidence) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Recording.MAPPER.writeValue(file.toFile(), Map.of("summary", f.summary(), "fidelity", f,
                    "calibrated", evidence));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** One Allure result "Calibration: fidelity" with the table attached, in {@code resultsDir}. */
    static void attachToAllure(Path resultsDir, String text, Fidelity f) {
        AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(resultsDir));
        String uuid = UUID.randomUUID().toString();
        lifecycle.scheduleTestCase(new TestResult().setUuid(uuid).setName("Calibration: fidelity to the recording")
                .setFullName("calibration.fidelity").setStatus(f.notModelled() == 0 ? Status.PASSED : Status.BROKEN)
                .setLabels(List.of(new Label().setName("suite").setValue("Calibration"),
                        new Label().setName("feature").setValue("Fidelity"))));
        lifecycle.startTestCase(uuid);
        lifecycle.addAttachment("fidelity table", "text/plain", "txt", text.getBytes(StandardCharsets.UTF_8));
        lifecycle.updateTestCase(uuid, r -> r.setDescription(f.summary()));
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);
    }

    private static String shortId(String id) {
        return id.replaceFirst("^.*\\.(?=[^.#]+#)", "");
    }

    private static String cut(String s) {
        return s.length() <= CELL ? s : s.substring(0, CELL - 3) + "...";
    }
}
