package io.rdesuite.calibration;

import io.rdesuite.config.Settings;
import io.rdesuite.support.SuiteTarget;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records a run when {@value #PROPERTY} names a folder (registered for every JUnit Platform run of the suite; the
 * calibration's nested runs register their own): tells the {@link Recorder} which scenario runs, and writes
 * {@code recording-<timestamp>.json} into the folder when the run ends.
 */
public final class RecordingListener implements TestExecutionListener {

    /** -Dreports.record=DIR (or REPORTS_RECORD). */
    public static final String PROPERTY = "reports.record";

    private final Recorder attached;
    private Recorder recorder;
    private Path written;

    /** The listener the service loader finds: records only when {@value #PROPERTY} is set. */
    public RecordingListener() {
        this.attached = null;
    }

    /** A listener that tells {@code recorder} which scenario runs; its owner starts, stops and writes it. */
    RecordingListener(Recorder recorder) {
        this.attached = recorder;
        this.recorder = recorder;
    }

    /** The file the run was written to, once it ended. */
    Optional<Path> written() {
        return Optional.ofNullable(written);
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        if (attached == null && directory().isPresent() && Recorder.active().isEmpty()) {
            recorder = new Recorder(targetKind()).start();
        }
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        if (recorder != null && test.isTest()) {
            recorder.begin(scenarioId(test), test.getDisplayName());
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (recorder != null && test.isTest()) {
            recorder.end();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (recorder != null && attached == null) {
            recorder.stop();
            written = recorder.writeTo(directory().orElseThrow());
            System.out.println("[calibration] recorded " + recorder.recording().scenarios().size() + " scenarios to "
                    + written);
            recorder = null;
        }
    }

    private Optional<Path> directory() {
        return Settings.fromSystem().get(PROPERTY).filter(s -> !s.isBlank()).map(Path::of);
    }

    /** "class#method" and, for an invocation of a template, "[its display name]". */
    static String scenarioId(TestIdentifier test) {
        return test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(m -> m.getClassName() + "#" + m.getMethodName()
                        + (test.getUniqueId().contains("-invocation:") ? "[" + test.getDisplayName() + "]" : ""))
                .orElse(test.getUniqueId());
    }

    /** Whether the run went to the embedded simulator, another simulator or a tenant: never its address. */
    private static String targetKind() {
        SuiteTarget t = SuiteTarget.get();
        return t.isEmbedded() ? "embedded-simulator" : t.control().isPresent() ? "simulator" : "tenant";
    }
}
