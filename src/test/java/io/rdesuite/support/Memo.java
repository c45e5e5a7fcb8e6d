package io.rdesuite.support;

import java.util.function.Supplier;

/**
 * A value made once, on first use. A failure to make it is not kept: the next use tries again (the typed client's
 * waits already fail at once for a report type that timed out on the target, with their own cause).
 */
final class Memo<T> {

    private T value;

    synchronized T get(Supplier<T> make) {
        if (value == null) {
            value = make.get();
        }
        return value;
    }
}
