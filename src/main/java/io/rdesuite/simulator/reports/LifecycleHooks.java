package io.rdesuite.simulator.reports;

/**
 * The two points of a report's life where the simulator can be told to behave unlike the service (the deliberate
 * defects use them); {@link #HONEST} is the service's behaviour.
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
}
