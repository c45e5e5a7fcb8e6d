package io.rdesuite.support;

import io.rdesuite.api.Durations;
import io.rdesuite.api.Operation;
import io.rdesuite.client.SimulatorControl;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Optional;

/**
 * Keeps reports running long enough to observe them running: on a simulator the report duration is raised
 * through the control API and put back on close; on a tenant reports take seconds anyway, nothing changes, and
 * {@link #requireRunning} skips a scenario whose report had ended before it could be seen running.
 */
public final class SlowReports implements AutoCloseable {

    private static final Duration LONG = Duration.ofSeconds(30);

    private final TargetApi api;
    private final Optional<SimulatorControl> control;
    private final Duration previous;

    private SlowReports(TargetApi api, Optional<SimulatorControl> control) {
        this.api = api;
        this.control = control;
        this.previous = control.map(c -> Durations.parse(c.info().path("settings").path("reportDuration").asText()))
                .orElse(null);
        control.ifPresent(c -> c.setReportDuration(LONG));
    }

    public static SlowReports during(TargetApi api) {
        return new SlowReports(api, api.control());
    }

    /**
     * On a target without a control API a report just started is taken as running (a tenant's reports take
     * minutes); one that had already ended when looked at cannot show what the scenario checks, so the scenario is
     * skipped with the reason, never failed. On a simulator the report is held running: a status there is the
     * simulator's to answer for, and the scenario judges it.
     */
    public void requireRunning(String id) {
        if (control.isPresent()) {
            return;
        }
        String status = api.manage().accept(ContentType.JSON).when()
                .get(api.template(Operation.GET_REPORT_RESULT), id).path("status");
        Scenario.requireTarget(status == null, "not inducible on this target: a report had ended before it could be "
                + "seen running (this target's reports end within moments)");
    }

    @Override
    public void close() {
        control.ifPresent(c -> c.setReportDuration(previous));
    }
}
