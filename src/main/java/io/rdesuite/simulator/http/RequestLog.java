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
 * the fields; a writer thread formats them and writes whatever has queued up with one flush, so a busy
 * simulator makes one write per batch instead of one per request (measured: a per-line synchronous logger cost
 * the simulator more than half of its throughput on two cores). Lines are dropped, and counted, only when
 * 65,536 are waiting.
 */
public final class RequestLog implements AutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
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
        List<Entry> batch = new ArrayList<>(1024);
        StringBuilder line = new StringBuilder(128);
        try {
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch, 4096);
                for (Entry e : batch) {
                    if (e == STOP) {
                        out.flush();
                        return;
                    }
                    line.setLength(0);
                    TIME.formatTo(Instant.ofEpochMilli(e.epochMillis()), line);
                    line.append(' ').append(e.method()).append(' ').append(e.path()).append(' ').append(e.status())
                            .append(' ').append(e.micros() / 1000).append('.').append(e.micros() / 100 % 10)
                            .append("ms\n");
                    out.append(line);
                }
                long lost = dropped.getAndSet(0);
                if (lost > 0) {
                    out.append("(request log: ").append(Long.toString(lost)).append(" lines dropped)\n");
                }
                out.flush();
                batch.clear();
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
