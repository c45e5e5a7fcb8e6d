package io.rdesuite.support;

import io.rdesuite.client.SimulatorControl;
import io.rdesuite.api.Durations;
import java.time.Duration;
import java.util.Optional;

/**
 * Keeps reports running long enough to observe them running: on a simulator the report duration is raised
 * through the control API and put back on close; on a tenant reports take seconds anyway, nothing changes.
 */
public final class SlowReports implements AutoCloseable {

    private static final Duration LONG = Duration.ofSeconds(30);

    private final Optional<SimulatorControl> control;
    private final Duration previous;

    private SlowReports(Optional<SimulatorControl> control) {
        this.control = control;
        this.previous = control.map(c -> Durations.parse(c.info().path("settings").path("reportDuration").asText()))
                .orElse(null);
        control.ifPresent(c -> c.setReportDuration(LONG));
    }

    public static SlowReports during(TargetApi api) {
        return new SlowReports(api.control());
    }

    @Override
    public void close() {
        control.ifPresent(c -> c.setReportDuration(previous));
    }
}
