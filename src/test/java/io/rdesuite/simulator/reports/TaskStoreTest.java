package io.rdesuite.simulator.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rdesuite.api.FileFormat;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.Ids;
import io.rdesuite.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The task store on a test clock: the running twin found through the index, finished tasks kept for the
 * retention's age and count, running ones never evicted, and what it holds bounded however many reports ran.
 */
class TaskStoreTest {

    private static final Duration RUNS = Duration.ofSeconds(1);

    private final MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
    private final TaskStore store = new TaskStore(clock::instant, new Retention(Duration.ofMinutes(10), 3));

    @Test
    void repeatedStart_whileTheTwinRuns_returnsIt() {
        Task first = start("k");
        clock.advance(RUNS.minusMillis(1));

        ReportEngine.Start again = store.start(ReportType.ACCOUNTS, "k", true, now -> task("k", now, RUNS));

        assertThat(again.created()).isFalse();
        assertThat(again.task()).isSameAs(first);
    }

    @Test
    void startAfterTheTwinEnded_makesANewTask_andTheEndedOneIsStillKept() {
        Task first = start("k");
        clock.advance(RUNS);

        Task second = start("k");

        assertThat(second).isNotSameAs(first);
        assertThat(store.find(first.id())).contains(first);
        assertThat(store.find(second.id())).contains(second);
    }

    @Test
    void startAfterTheTwinWasCancelled_makesANewTask() {
        Task first = start("k");
        clock.advance(Duration.ofMillis(10));
        assertThat(store.terminate(first)).isTrue();

        assertThat(start("k")).isNotSameAs(first);
    }

    @Test
    void otherReportTypeOrArguments_isNotATwin() {
        Task accounts = start("k");

        Task otherArguments = start("other");
        Task otherType = store.start(ReportType.IDENTITIES, "k", true, now -> task("k", now, RUNS)).task();

        assertThat(otherArguments).isNotSameAs(accounts);
        assertThat(otherType).isNotSameAs(accounts);
    }

    @Test
    void finishedTask_isKeptForTheRetentionAge_thenForgotten() {
        Task task = start("k");
        clock.advance(RUNS);
        clock.advance(Duration.ofMinutes(10).minusMillis(1));
        assertThat(store.find(task.id())).contains(task);

        clock.advance(Duration.ofMillis(1));

        assertThat(store.find(task.id())).isEmpty();
        assertThat(store.held()).isEqualTo(new TaskStore.Held(0, 0, 0, 0));
    }

    @Test
    void cancelledTask_isKeptForTheRetentionAgeFromItsCancel() {
        Task task = start("k");
        clock.advance(Duration.ofMillis(100));
        store.terminate(task);
        clock.advance(Duration.ofMinutes(10).minusMillis(1));
        assertThat(store.find(task.id())).contains(task);
        assertThat(store.held()).isEqualTo(new TaskStore.Held(1, 1, 0, 1));

        clock.advance(Duration.ofMillis(1));

        assertThat(store.find(task.id())).isEmpty();
    }

    @Test
    void finishedTasksBeyondTheRetentionCount_theFirstToEndGoFirst() {
        List<Task> tasks = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            tasks.add(start("k" + i));
            clock.advance(Duration.ofMillis(100));
        }
        clock.advance(RUNS);

        assertThat(store.find(tasks.get(0).id())).isEmpty();
        assertThat(store.find(tasks.get(1).id())).isEmpty();
        assertThat(tasks.subList(2, 5)).allSatisfy(t -> assertThat(store.find(t.id())).contains(t));
        assertThat(store.held()).isEqualTo(new TaskStore.Held(3, 3, 0, 3));
    }

    @Test
    void runningTasks_areNeverEvicted() {
        store.retention(new Retention(Duration.ofMillis(1), 1));
        List<Task> running = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String key = "k" + i;
            running.add(store.start(ReportType.ACCOUNTS, key, true, now -> task(key, now, Duration.ofHours(1))).task());
        }

        clock.advance(Duration.ofMinutes(59));

        assertThat(running).allSatisfy(t -> assertThat(store.find(t.id())).contains(t));
        assertThat(store.all()).hasSize(5);
    }

    @Test
    void aShorterRetention_appliesAtOnceToTheFinishedTasks() {
        Task first = start("k1");
        Task second = start("k2");
        clock.advance(RUNS);

        store.retention(new Retention(Duration.ofMinutes(10), 1));

        assertThat(store.all()).hasSize(1);
        assertThat(store.find(first.id()).or(() -> store.find(second.id()))).isPresent();
    }

    @Test
    void aFloodOfDistinctReports_holdsAtMostTheRetentionCountPlusTheRunning() {
        store.retention(new Retention(Duration.ofHours(1), 100));
        int mostHeld = 0;
        int mostIndexed = 0;
        for (int i = 0; i < 20_000; i++) {
            start("k" + i);
            clock.advance(Duration.ofMillis(10)); // a report runs 1 s: about 100 run at once
            TaskStore.Held held = store.held();
            mostHeld = Math.max(mostHeld, held.tasks() + held.unfinished() + held.finished());
            mostIndexed = Math.max(mostIndexed, held.index());
        }

        int running = (int) (RUNS.toMillis() / 10) + 1;
        assertThat(mostHeld).isLessThanOrEqualTo(3 * (100 + running));
        assertThat(mostIndexed).isLessThanOrEqualTo(100 + running);
        assertThat(store.all()).hasSizeLessThanOrEqualTo(100 + running);
    }

    @Test
    void aRead_whileAStartHoldsTheStore_doesNotWait_andStillForgetsAnAgedReport() throws Exception {
        Task aged = start("aged");
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread starter = new Thread(() -> store.start(ReportType.ACCOUNTS, "slow", true, now -> {
            inside.countDown();
            awaitQuietly(release);
            return task("slow", now, RUNS);
        }));
        starter.start();
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        clock.advance(RUNS.plus(Duration.ofMinutes(10))); // its age is up, and no sweep can run before the start ends

        Optional<Task> found = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> store.find(aged.id()));

        release.countDown();
        starter.join(5_000);
        assertThat(found).isEmpty();
    }

    @Test
    void clear_forgetsEveryTask() {
        Task task = start("k");

        store.clear();

        assertThat(store.find(task.id())).isEmpty();
        assertThat(store.held()).isEqualTo(new TaskStore.Held(0, 0, 0, 0));
    }

    private Task start(String key) {
        return store.start(ReportType.ACCOUNTS, key, true, now -> task(key, now, RUNS)).task();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Task task(String key, Instant now, Duration runs) {
        return new Task(Ids.hex32(), ReportType.ACCOUNTS, null, key, "test", now, runs, Outcome.SUCCESS, 3,
                List.of(FileFormat.CSV));
    }
}
