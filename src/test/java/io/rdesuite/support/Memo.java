package io.rdesuite.support;

import java.util.function.Supplier;

/**
 * A value made once, on first use; when making it failed, the failure is kept and every later use fails with it at
 * once (a set-up that cannot succeed is not tried again by every scenario that needs it).
 */
final class Memo<T> {

    private T value;
    private Throwable failure;

    synchronized T get(Supplier<T> make) {
        if (value == null && failure == null) {
            try {
                value = make.get();
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return value;
    }
}
