package io.rdesuite.simulator.reports;

import java.time.Duration;

/**
 * The points of a report's life where the simulator can be told to behave unlike the service (the deliberate
 * defects use them) or otherwise within its freedom (the benign variants); {@link #HONEST} is the simulator's own
 * behaviour.
 */
public interface LifecycleHooks {

    LifecycleHooks HONEST = new LifecycleHooks() { };

    /** The document: "if a non-concurrent task is already running it is returned". */
    default boolean repeatedStartReturnsRunningTask() {
        return true;
    }

    /** A cancelled running report ends TERMINATED. */
    default boolean cancelTakesEffect() {
        return true;
    }

    /** How long a report started now runs, given the configured duration (a benign variant may lengthen it). */
    default Duration reportDuration(Duration configured) {
        return configured;
    }
}
