package io.rdesuite.client;

import io.rdesuite.support.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records the waits it is asked for and moves a test clock instead of sleeping. */
final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new ArrayList<>();
    private final MutableClock clock;

    RecordingSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
        clock.advance(duration);
    }

    synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }

    synchronized Duration total() {
        return waits.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
