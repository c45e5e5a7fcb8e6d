package io.rdesuite.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The request log's lines, written in batches by its own thread: every line, in order, all of them by close. */
class RequestLogTest {

    private static final Pattern LINE = Pattern.compile("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} [A-Z]+ /\\S* \\d{3} \\d+\\.\\dms");

    @Test
    void everyRequestHasItsLine_inOrder_byClose() {
        StringWriter out = new StringWriter();
        RequestLog log = new RequestLog(out);

        for (int i = 0; i < 5_000; i++) {
            log.record("GET", "/v3/reports/" + i + "/result", 200, 1_234_567);
        }
        log.record("POST", "/v3/reports/run", 400, 56_000);
        log.close();

        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(5_001);
        assertThat(lines).allMatch(line -> LINE.matcher(line).matches(), "time method path status duration");
        assertThat(lines[0]).endsWith(" GET /v3/reports/0/result 200 1.2ms");
        assertThat(lines[4_999]).endsWith(" GET /v3/reports/4999/result 200 1.2ms");
        assertThat(lines[5_000]).endsWith(" POST /v3/reports/run 400 0.0ms");
    }

    @Test
    void aLineAppearsWithoutClose_withinAFewPauses() throws InterruptedException {
        StringWriter out = new StringWriter();
        RequestLog log = new RequestLog(out);
        try {
            log.record("GET", "/v3/reports/x/result", 404, 2_000_000);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (out.toString().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(RequestLog.PAUSE_MILLIS);
            }
            assertThat(out.toString()).endsWith(" GET /v3/reports/x/result 404 2.0ms\n");
        } finally {
            log.close();
        }
    }
}
