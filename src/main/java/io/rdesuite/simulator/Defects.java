package io.rdesuite.simulator;

import io.rdesuite.api.Defect;

import java.util.EnumSet;
import java.util.Set;

/** The defects switched on at the moment; read on every request, changed rarely. */
public final class Defects {
    private volatile Set<Defect> active;

    public Defects(Set<Defect> initial) {
        set(initial);
    }

    public boolean has(Defect defect) {
        return active.contains(defect);
    }

    public void set(Set<Defect> defects) {
        this.active = defects.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(defects));
    }

    public Set<Defect> active() {
        return active;
    }
}
