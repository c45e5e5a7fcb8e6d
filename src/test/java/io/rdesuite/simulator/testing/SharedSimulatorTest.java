package io.rdesuite.simulator.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** One in-process simulator per test class ({@link SimHarness}), reset before every test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SharedSimulatorTest {

    protected SimHarness h;

    @BeforeAll
    void startSimulator() {
        h = SimHarness.start();
    }

    @AfterAll
    void stopSimulator() {
        h.close();
    }

    @BeforeEach
    void resetSimulator() {
        h.reset();
    }
}
