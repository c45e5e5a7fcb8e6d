package io.rdesuite.simulator.faults;

import java.util.ArrayList;
import java.util.List;

/** Faults armed through the control API: the next N calls of an operation answer a status, after a delay. */
public final class FaultInjector {

    public static final String ANY_OPERATION = "*";

    /** One armed fault; status 0 means "only add latency". */
    public record Fault(String operation, int status, int remaining, long latencyMs) {
    }

    private final List<Fault> armed = new ArrayList<>();

    public synchronized void arm(Fault fault) {
        armed.add(fault);
    }

    public synchronized void clear() {
        armed.clear();
    }

    public synchronized List<Fault> armed() {
        return List.copyOf(armed);
    }

    /** Takes one use of the first fault that matches the operation, if any. */
    public synchronized Fault take(String operation) {
        for (int i = 0; i < armed.size(); i++) {
            Fault f = armed.get(i);
            if (f.operation().equals(operation) || f.operation().equals(ANY_OPERATION)) {
                if (f.remaining() <= 1) {
                    armed.remove(i);
                } else {
                    armed.set(i, new Fault(f.operation(), f.status(), f.remaining() - 1, f.latencyMs()));
                }
                return f;
            }
        }
        return null;
    }
}
