package io.rdesuite.simulator.defects;

import io.rdesuite.api.Defect;
import io.rdesuite.api.Variant;
import io.rdesuite.simulator.VersionHooks;
import io.rdesuite.simulator.defects.Effect.Behaviour;
import io.rdesuite.simulator.defects.Effect.Check;
import io.rdesuite.simulator.reports.LifecycleHooks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The defects and benign variants switched on at the moment, read on every request and changed rarely: each change
 * compiles the {@link DefectTable} and {@link VariantTable} entries of those on into one {@link Snapshot}, so a
 * request reads one volatile field and, with none on, finds empty lists and sets.
 */
public final class ActiveDefects {

    /** The effects of the defects and variants on, the rewrites and repairs in table order (defects first). */
    record Snapshot(Set<Defect> defects, Set<Check> waived, List<Effect.Repair> repairs,
                    List<Effect.Rewrite> rewrites, Set<Behaviour> behaviours, Set<Variant> variants) {

        static final Snapshot HONEST = new Snapshot(Set.of(), Set.of(), List.of(), List.of(), Set.of(), Set.of());

        static Snapshot of(Set<Defect> defects, Set<Variant> variants) {
            if (defects.isEmpty() && variants.isEmpty()) {
                return HONEST;
            }
            Set<Check> waived = EnumSet.noneOf(Check.class);
            List<Effect.Repair> repairs = new ArrayList<>();
            List<Effect.Rewrite> rewrites = new ArrayList<>();
            Set<Behaviour> behaviours = EnumSet.noneOf(Behaviour.class);
            List<Effect> effects = new ArrayList<>();
            DefectTable.ENTRIES.stream().filter(e -> defects.contains(e.defect()))
                    .forEach(e -> effects.add(e.effect()));
            VariantTable.ENTRIES.stream().filter(e -> variants.contains(e.variant()))
                    .forEach(e -> effects.add(e.effect()));
            for (Effect effect : effects) {
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
            return new Snapshot(Set.copyOf(defects), waived, List.copyOf(repairs), List.copyOf(rewrites),
                    behaviours, Set.copyOf(variants));
        }
    }

    private volatile Snapshot now;

    public ActiveDefects(Set<Defect> initial) {
        this(initial, Set.of());
    }

    public ActiveDefects(Set<Defect> initial, Set<Variant> variants) {
        this.now = Snapshot.of(initial, variants);
    }

    /** Switches these defects on and every other off; the variants stay. */
    public synchronized void set(Set<Defect> defects) {
        this.now = Snapshot.of(defects, now.variants());
    }

    public Set<Defect> active() {
        return now.defects();
    }

    /** Switches these benign variants on and every other off; the defects stay. */
    public synchronized void setVariants(Set<Variant> variants) {
        this.now = Snapshot.of(now.defects(), variants);
    }

    public Set<Variant> variants() {
        return now.variants();
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

            @Override
            public Duration reportDuration(Duration configured) {
                return now.behaviours().contains(Behaviour.REPORTS_TAKE_TWICE_AS_LONG)
                        ? configured.multipliedBy(2) : configured;
            }
        };
    }

    /** The API versions' hooks: one budget each and one state for all, as configured, unless a defect bends them. */
    public VersionHooks versionHooks() {
        return new VersionHooks() {
            @Override
            public boolean oneRateBudget() {
                return now.behaviours().contains(Behaviour.ONE_RATE_BUDGET_FOR_ALL_VERSIONS);
            }

            @Override
            public boolean separateState() {
                return now.behaviours().contains(Behaviour.STATE_PER_VERSION);
            }
        };
    }
}
