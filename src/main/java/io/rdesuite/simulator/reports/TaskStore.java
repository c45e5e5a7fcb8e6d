package io.rdesuite.simulator.reports;

import io.rdesuite.api.ReportType;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The tasks a simulator holds, at a cost that does not grow with the number of reports ever run. A task is found
 * by id without waiting for a lock; the running task of a (report type, arguments) pair through an index, not a
 * scan; finished tasks are kept for the {@link Retention} and evicted when a start, a cancel or a read finds an
 * eviction due (no background thread: the simulator's clock decides, so a test clock moves eviction along).
 */
final class TaskStore {

    private record TwinKey(ReportType type, String argumentsKey) {
        static TwinKey of(Task task) {
            return new TwinKey(task.reportType(), task.argumentsKey());
        }
    }

    private final Supplier<Instant> clock;
    private final Map<String, Task> byId = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    /** The task last started per pair (running or kept); guarded by lock. */
    private final Map<TwinKey, Task> latest = new HashMap<>();
    /** Tasks not yet seen to end, the soonest planned end first; guarded by lock. */
    private final PriorityQueue<Task> unfinished = new PriorityQueue<>(Comparator.comparing(Task::plannedEnd));
    /** Ended tasks in the order they ended, the first to go first; guarded by lock. */
    private final ArrayDeque<Task> finished = new ArrayDeque<>();
    private volatile Retention retention;
    /** When the next task ends or the next finished one expires; before then a read has nothing to sweep. */
    private volatile Instant nextDue = Instant.MAX;

    TaskStore(Supplier<Instant> clock, Retention retention) {
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * The running task of the pair when {@code joinRunning} and there is one (created false), else the task that
     * {@code create} makes at the current instant, now held (created true).
     */
    ReportEngine.Start start(ReportType type, String argumentsKey, boolean joinRunning,
                             Function<Instant, Task> create) {
        lock.lock();
        try {
            Instant now = clock.get();
            sweep(now);
            TwinKey key = new TwinKey(type, argumentsKey);
            Task twin = latest.get(key);
            if (joinRunning && twin != null && twin.phase(now) == Task.Phase.RUNNING) {
                return new ReportEngine.Start(twin, false);
            }
            Task task = create.apply(now);
            byId.put(task.id(), task);
            latest.put(key, task);
            unfinished.add(task);
            nextDue = due();
            return new ReportEngine.Start(task, true);
        } finally {
            lock.unlock();
        }
    }

    /** The task of that (lower-case) id while it runs or is kept. */
    Optional<Task> find(String id) {
        Instant now = clock.get();
        if (!now.isBefore(nextDue) && lock.tryLock()) {
            try {
                sweep(now);
            } finally {
                lock.unlock();
            }
        }
        Task task = byId.get(id);
        return task == null || expired(task, now, retention) ? Optional.empty() : Optional.of(task);
    }

    /** Ends a running task now (TERMINATED); false when it had already ended or is no longer held. */
    boolean terminate(Task task) {
        lock.lock();
        try {
            Instant now = clock.get();
            sweep(now);
            if (byId.get(task.id()) != task || !task.terminate(now)) {
                return false;
            }
            finished.addLast(task);
            sweep(now);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Every task held, oldest first: O(number held), for the control API. */
    List<Task> all() {
        lock.lock();
        try {
            sweep(clock.get());
            List<Task> list = new ArrayList<>(byId.values());
            list.sort(Comparator.comparing(Task::created));
            return list;
        } finally {
            lock.unlock();
        }
    }

    Retention retention() {
        return retention;
    }

    /** How many entries each structure holds: what bounds the store's memory. */
    record Held(int tasks, int index, int unfinished, int finished) {
    }

    Held held() {
        lock.lock();
        try {
            return new Held(byId.size(), latest.size(), unfinished.size(), finished.size());
        } finally {
            lock.unlock();
        }
    }

    /** A new retention applies at once to the reports already finished. */
    void retention(Retention retention) {
        lock.lock();
        try {
            this.retention = retention;
            sweep(clock.get());
        } finally {
            lock.unlock();
        }
    }

    void clear() {
        lock.lock();
        try {
            byId.clear();
            latest.clear();
            unfinished.clear();
            finished.clear();
            nextDue = Instant.MAX;
        } finally {
            lock.unlock();
        }
    }

    /** Moves the tasks that ended by now to the finished ones, then evicts by age and count; under lock. */
    private void sweep(Instant now) {
        while (!unfinished.isEmpty() && !unfinished.peek().plannedEnd().isAfter(now)) {
            Task task = unfinished.poll();
            if (task.phase(now) == Task.Phase.COMPLETED) {
                finished.addLast(task); // a terminated one joined the finished ones when it was cancelled
            }
        }
        Retention keep = retention;
        while (!finished.isEmpty() && (finished.size() > keep.count() || expired(finished.peekFirst(), now, keep))) {
            Task gone = finished.pollFirst();
            byId.remove(gone.id(), gone);
            latest.remove(TwinKey.of(gone), gone);
        }
        nextDue = due();
    }

    /** Under lock: the next planned end or the next expiry, whichever is sooner. */
    private Instant due() {
        Instant due = unfinished.isEmpty() ? Instant.MAX : unfinished.peek().plannedEnd();
        Task oldest = finished.peekFirst();
        if (oldest != null) {
            Instant expiry = oldest.end().plus(retention.age());
            due = expiry.isBefore(due) ? expiry : due;
        }
        return due;
    }

    private static boolean expired(Task task, Instant now, Retention keep) {
        Instant ended = task.completedAt(now);
        return ended != null && keep.expiredAt(ended, now);
    }
}
