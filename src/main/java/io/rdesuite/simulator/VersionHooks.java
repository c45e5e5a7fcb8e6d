package io.rdesuite.simulator;

/**
 * The points where the simulator's API versions may be made to relate unlike its settings say: read on every
 * request, so that a deliberate defect switched on at run time takes effect at once. The honest answer to both is
 * false (the settings {@code versionsShareState} and {@code rateLimitPerVersion} decide).
 */
public interface VersionHooks {

    VersionHooks NONE = new VersionHooks() {
        @Override
        public boolean oneRateBudget() {
            return false;
        }

        @Override
        public boolean separateState() {
            return false;
        }
    };

    /** True while every version must draw on one rate budget per client, whatever the setting says. */
    boolean oneRateBudget();

    /** True while each version must keep reports of its own, whatever the setting says. */
    boolean separateState();
}
