package io.rdesuite.simulator.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.simulator.reports.AuditLog.AuditEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The audit log keeps the last LIMIT events, so it cannot grow without bound. */
class AuditLogTest {

    @Test
    void beyondTheLimit_theOldestEventsGoFirst() {
        AuditLog log = new AuditLog();

        for (int i = 0; i < AuditLog.LIMIT + 2; i++) {
            log.record(new AuditEvent("REPORT_DOWNLOADED", "task-" + i, "demo-read", "csv", "f.csv", Instant.EPOCH));
        }

        assertThat(log.events()).hasSize(AuditLog.LIMIT);
        assertThat(log.events().get(0).taskResultId()).isEqualTo("task-2");
        assertThat(log.events().get(AuditLog.LIMIT - 1).taskResultId()).isEqualTo("task-" + (AuditLog.LIMIT + 1));
    }
}
