package io.rdesuite.simulator.http;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One line per request on standard output: time, method, path, status, duration. The I/O thread only queues
 * the fields; a writer thread wakes every {@value #PAUSE_MILLIS} ms, formats whatever has queued up and writes it
 * with one flush, so a busy simulator makes one write per batch instead of one per request (measured: a per-line
 * synchronous logger cost the simulator more than half of its throughput on two cores), and the I/O threads never
 * wake the writer (a writer waiting on the queue was woken by nearly every request: a system call and a thread
 * switch each). Lines are dropped, and counted, only when 65,536 are waiting.
 */
public final class RequestLog implements AutoCloseable {

    /** How long the writer sleeps between batches: how late a line may appear. */
    static final long PAUSE_MILLIS = 20;
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("HH:mm:ss.")
            .withZone(ZoneId.systemDefault());
    private static final Entry STOP = new Entry(0, "", "", 0, 0);

    private record Entry(long epochMillis, String method, String path, int status, long micros) {
    }

    private final BlockingQueue<Entry> queue = new ArrayBlockingQueue<>(65_536);
    private final AtomicLong dropped = new AtomicLong();
    private final Writer out;
    private final Thread writer;

    public RequestLog() {
        this(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), 1 << 16));
    }

    RequestLog(Writer out) {
        this.out = out;
        this.writer = new Thread(this::drain, "simulator-request-log");
        writer.setDaemon(true);
        writer.start();
    }

    public void record(String method, String path, int status, long nanos) {
        if (!queue.offer(new Entry(System.currentTimeMillis(), method, path, status, nanos / 1000))) {
            dropped.incrementAndGet();
        }
    }

    private void drain() {
        List<Entry> batch = new ArrayList<>(4096);
        StringBuilder line = new StringBuilder(128);
        long second = Long.MIN_VALUE;
        String secondText = "";
        try {
            while (true) {
                queue.drainTo(batch);
                for (Entry e : batch) {
                    if (e == STOP) {
                        out.flush();
                        return;
                    }
                    long epochSecond = Math.floorDiv(e.epochMillis(), 1000);
                    if (epochSecond != second) {
                        second = epochSecond;
                        secondText = SECOND.format(Instant.ofEpochSecond(epochSecond));
                    }
                    long millis = Math.floorMod(e.epochMillis(), 1000);
                    line.setLength(0);
                    line.append(secondText).append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10))
                            .append((char) ('0' + millis % 10))
                            .append(' ').append(e.method()).append(' ').append(e.path()).append(' ').append(e.status())
                            .append(' ').append(e.micros() / 1000).append('.').append(e.micros() / 100 % 10)
                            .append("ms\n");
                    out.append(line);
                }
                long lost = dropped.getAndSet(0);
                if (lost > 0) {
                    out.append("(request log: ").append(Long.toString(lost)).append(" lines dropped)\n");
                }
                if (!batch.isEmpty() || lost > 0) {
                    out.flush();
                    batch.clear();
                }
                Thread.sleep(PAUSE_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // standard output is gone: nothing left to log to
        }
    }

    @Override
    public void close() {
        try {
            queue.put(STOP);
            writer.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
