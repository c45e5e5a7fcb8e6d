package io.rdesuite.calibration;

import io.rdesuite.config.ConfigurationException;
import io.rdesuite.config.Settings;
import io.rdesuite.simulator.ReportsSimulator;
import io.rdesuite.simulator.SimulatorSettings;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.support.SuiteTarget;
import io.rdesuite.support.SuiteVersions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The calibration command ({@code ./mvnw -q test-compile exec:java@calibrate}), three uses:
 * <ul>
 * <li>without {@value #RECORDING}: runs the {@link AssumptionProbes} against the suite's target (SAIL_BASE_URL,
 *     else the embedded simulator) and records them into {@code -Dreports.record=DIR} (default target/calibration);
 * <li>{@code -Drecording=FILE}: replays the recording's scenarios against SAIL_BASE_URL when set (another tenant,
 *     a standalone simulator), else a fresh simulator (loaded with {@code -Dreports.simulator.settings=FILE} when
 *     given), prints the fidelity table, writes it to
 *     target/calibration/fidelity.json and attaches it to Allure;
 * <li>with {@code -Dcalibrate=FILE} too: writes a simulator settings file from the recording and compares again
 *     against a simulator loaded with it.
 * </ul>
 * Bad input stops it with one line.
 */
public final class Calibrate {

    static final String RECORDING = "recording";
    static final String CALIBRATE = "calibrate";
    static final String SIMULATOR_SETTINGS = "reports.simulator.settings";
    static final Path OUT = Path.of("target/calibration");

    private Calibrate() {
    }

    public static void main(String[] args) {
        Settings settings = Settings.fromSystem();
        try {
            Optional<String> recording = settings.get(RECORDING);
            if (recording.isEmpty()) {
                record(settings);
            } else {
                compare(Recording.read(Path.of(recording.get())), settings);
            }
            System.exit(0);   // the embedded simulator's threads would keep the build waiting
        } catch (IllegalArgumentException | ConfigurationException e) {
            System.err.println("[calibration] " + e.getMessage());
            System.exit(2);
        }
    }

    private static void record(Settings settings) {
        Path dir = Path.of(settings.get(RecordingListener.PROPERTY, OUT.toString()));
        ScenarioReplay.Result run = ScenarioReplay.run(ScenarioReplay.Plan.ofClass(AssumptionProbes.class,
                SuiteVersions.selected()), SuiteTarget.get());
        Recorder.stamp(dir).ifPresent(file -> {
            run.recording().write(file);
            System.out.println("[calibration] " + run.tests() + " probes (" + run.failed() + " with an answer no "
                    + "setting gives) recorded to " + file);
        });
    }

    private static void compare(Recording recorded, Settings settings) {
        Optional<Path> simulatorSettings = settings.get(SIMULATOR_SETTINGS).map(Path::of);
        boolean configured = settings.get(Settings.BASE_URL).isPresent();
        Fidelity before = configured ? replayOn(recorded, SuiteTarget.get()) : replay(recorded, simulatorSettings);
        String text = FidelityReport.text("Fidelity: recording against " + (configured ? SuiteTarget.get().describe()
                : "the simulator" + simulatorSettings.map(p -> " loaded with " + p).orElse("")), before);
        Map<String, String> evidence = Map.of();
        Optional<String> out = settings.get(CALIBRATE);
        if (out.isPresent()) {
            Calibration calibration = Calibration.of(recorded, Optional.of(Calibration.PROFILE));
            Path file = Path.of(out.get());
            Recording.write(file, calibration.settings());
            evidence = calibration.evidence();
            StringBuilder lines = new StringBuilder(System.lineSeparator() + "Calibrated " + file + ":"
                    + System.lineSeparator());
            evidence.forEach((key, why) -> lines.append("  ").append(key).append(" = ")
                    .append(calibration.settings().get(key)).append("   (").append(why).append(")")
                    .append(System.lineSeparator()));
            Fidelity after = replay(recorded, Optional.of(file));
            text += lines + System.lineSeparator() + FidelityReport.text("Fidelity after calibration", after);
            before = after;
        }
        System.out.println(text);
        System.out.println("[calibration] table written to " + FidelityReport.writeJson(OUT.resolve("fidelity.json"),
                before, evidence));
        Path results = Path.of(settings.get("allure.results.directory", "allure-results"));
        if (Files.isDirectory(results)) {
            FidelityReport.attachToAllure(results, text, before);
        }
    }

    /** The recording's scenarios replayed against a fresh simulator (loaded with the settings file if given). */
    static Fidelity replay(Recording recorded, Optional<Path> simulatorSettings) {
        SimulatorConfig.Builder builder = SimulatorConfig.builder().requestLog(false);
        simulatorSettings.ifPresent(file -> SimulatorSettings.apply(file, builder));
        try (ReportsSimulator simulator = ReportsSimulator.start(builder.build())) {
            return replayOn(recorded, SuiteTarget.forSimulator(simulator));
        }
    }

    /** The recording's scenarios replayed against {@code target}, compared. */
    static Fidelity replayOn(Recording recorded, SuiteTarget target) {
        ScenarioReplay.Result run = ScenarioReplay.run(ScenarioReplay.Plan.of(recorded), target);
        run.recording().write(OUT.resolve("replayed-recording.json"));
        return Fidelity.compare(recorded, run.recording());
    }
}
