package io.rdesuite.simulator.reports;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Audit events that downloads with auditable=true emit (the real service sends them to a Kafka topic). The last
 * {@link #LIMIT} are kept, the oldest going first, so a long-running simulator's memory stays bounded.
 */
public final class AuditLog {

    public static final int LIMIT = 10_000;

    public record AuditEvent(String type, String taskResultId, String clientId, String fileFormat, String fileName,
                             Instant timestamp) {
    }

    private final ArrayDeque<AuditEvent> events = new ArrayDeque<>();

    public synchronized void record(AuditEvent event) {
        if (events.size() == LIMIT) {
            events.removeFirst();
        }
        events.addLast(event);
    }

    public synchronized List<AuditEvent> events() {
        return List.copyOf(events);
    }

    public synchronized void clear() {
        events.clear();
    }
}
