package io.rdesuite.simulator.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Audit events that downloads with auditable=true emit (the real service sends them to a Kafka topic). */
public final class AuditLog {

    public record AuditEvent(String type, String taskResultId, String clientId, String fileFormat, String fileName,
                             Instant timestamp) {
    }

    private final List<AuditEvent> events = new ArrayList<>();

    public synchronized void record(AuditEvent event) {
        events.add(event);
    }

    public synchronized List<AuditEvent> events() {
        return List.copyOf(events);
    }

    public synchronized void clear() {
        events.clear();
    }
}
