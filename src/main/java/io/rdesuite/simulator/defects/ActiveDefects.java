package io.rdesuite.simulator.defects;

import io.rdesuite.api.Defect;
import io.rdesuite.simulator.defects.Effect.Behaviour;
import io.rdesuite.simulator.defects.Effect.Check;
import io.rdesuite.simulator.reports.LifecycleHooks;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The defects switched on at the moment, read on every request and changed rarely: each change compiles the
 * {@link DefectTable} entries of the defects on into one {@link Snapshot}, so a request reads one volatile field
 * and, with no defect on, finds empty lists and sets.
 */
public final class ActiveDefects {

    /** The effects of the defects on, the rewrites and repairs in table order. */
    record Snapshot(Set<Defect> defects, Set<Check> waived, List<Effect.Repair> repairs,
                    List<Effect.Rewrite> rewrites, Set<Behaviour> behaviours) {

        static final Snapshot HONEST = new Snapshot(Set.of(), Set.of(), List.of(), List.of(), Set.of());

        static Snapshot of(Set<Defect> defects) {
            if (defects.isEmpty()) {
                return HONEST;
            }
            Set<Check> waived = EnumSet.noneOf(Check.class);
            List<Effect.Repair> repairs = new ArrayList<>();
            List<Effect.Rewrite> rewrites = new ArrayList<>();
            Set<Behaviour> behaviours = EnumSet.noneOf(Behaviour.class);
            for (DefectTable.Entry entry : DefectTable.ENTRIES) {
                if (!defects.contains(entry.defect())) {
                    continue;
                }
                Effect effect = entry.effect();
                if (effect instanceof Effect.Waive w) {
                    waived.add(w.check());
                } else if (effect instanceof Effect.RepairRequests r) {
                    repairs.add(r.repair());
                } else if (effect instanceof Effect.RewriteAnswers r) {
                    rewrites.add(r.rewrite());
                } else if (effect instanceof Effect.Bend b) {
                    behaviours.add(b.behaviour());
                }
            }
            return new Snapshot(Set.copyOf(EnumSet.copyOf(defects)), waived, List.copyOf(repairs),
                    List.copyOf(rewrites), behaviours);
        }
    }

    private volatile Snapshot now;

    public ActiveDefects(Set<Defect> initial) {
        set(initial);
    }

    /** Switches these defects on and every other off. */
    public void set(Set<Defect> defects) {
        this.now = Snapshot.of(defects);
    }

    public Set<Defect> active() {
        return now.defects();
    }

    Snapshot snapshot() {
        return now;
    }

    /** The report engine's hooks: the service's lifecycle unless a defect bends it. */
    public LifecycleHooks lifecycleHooks() {
        return new LifecycleHooks() {
            @Override
            public boolean repeatedStartReturnsRunningTask() {
                return !now.behaviours().contains(Behaviour.NEW_TASK_ON_REPEATED_START);
            }

            @Override
            public boolean cancelTakesEffect() {
                return !now.behaviours().contains(Behaviour.CANCEL_IGNORED);
            }
        };
    }
}
