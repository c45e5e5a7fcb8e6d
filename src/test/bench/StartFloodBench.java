import com.fasterxml.jackson.databind.ObjectMapper;
import io.rdesuite.api.ReportExamples;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * startReport flood: COUNT calls with distinct arguments (ACCOUNTS of source "src-" + i), one after another on one
 * keep-alive connection, against a running standalone simulator, after a warm-up of WARM_UP starts in two rounds,
 * each followed by a reset (so the JIT of both sides is warm, also for an emptied simulator, and the simulator holds
 * no task when the count begins). Prints the rate of each 10,000, the simulator's
 * resident memory (VmRSS of PID) at start, every 50,000 and at the end, the tasks it still holds, and the verdict:
 * the rate of the last 10,000 within 10 % of the first 10,000, RSS under RSS_BOUND_MB. Run by start-flood.sh.
 * Arguments: BASE_URL PID COUNT RSS_BOUND_MB WARM_UP. Exit code 0 when both hold, 1 when not.
 */
public class StartFloodBench {

    private static final int BLOCK = 10_000;
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux
    private static final int RSS_EVERY = 50_000;
    /** The JIT recompiles once when a reset empties the simulator: a second round has it done before the count. */
    private static final int WARM_UP_ROUNDS = 2;
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final HttpRequest.Builder run;
    private int failures;

    private StartFloodBench(String base) throws Exception {
        this.base = base;
        this.run = HttpRequest.newBuilder(URI.create(base + "/v3/reports/run"))
                .header("Authorization", "Bearer " + token(http, base)).header("Content-Type", "application/json");
    }

    public static void main(String[] args) throws Exception {
        long pid = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        long rssBoundMb = Long.parseLong(args[3]);
        int warmUp = Integer.parseInt(args[4]);
        StartFloodBench bench = new StartFloodBench(args[0]);
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            int starts = warmUp / WARM_UP_ROUNDS;
            for (int from = 1; from <= starts; from += BLOCK) {
                bench.block("warm-" + round + "-", from, Math.min(starts, from + BLOCK - 1));
            }
            bench.reset();
        }
        System.out.printf("warm-up: %,d starts in %d rounds, each followed by POST /__simulator/reset%n",
                warmUp, WARM_UP_ROUNDS);
        System.out.printf("rss at start: %d MB%n", rssMb(pid));
        List<Double> rates = new ArrayList<>();
        List<Double> cpuPerStart = new ArrayList<>();
        long peakRss = 0;
        for (int from = 1; from <= count; from += BLOCK) {
            int to = Math.min(count, from + BLOCK - 1);
            long t0 = System.nanoTime();
            long cpu0 = cpuTicks(pid);
            bench.block("src-", from, to);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (cpuTicks(pid) - cpu0) / TICKS_PER_SECOND;
            rates.add((to - from + 1) / seconds);
            cpuPerStart.add(cpuSeconds * 1e6 / (to - from + 1));
            System.out.printf("starts %7d-%7d: %6.2f s, %6.0f starts/s, simulator CPU %5.2f s (%4.0f us/start), "
                    + "load average %s%n", from, to, seconds, (to - from + 1) / seconds, cpuSeconds,
                    cpuSeconds * 1e6 / (to - from + 1), loadAverage());
            if (to % RSS_EVERY == 0 || to == count) {
                long rss = rssMb(pid);
                peakRss = Math.max(peakRss, rss);
                System.out.printf("rss after %d starts: %d MB%n", to, rss);
            }
        }
        System.out.printf("tasks held at the end: %d%n", bench.tasksHeld());
        System.exit(verdict(rates, cpuPerStart, peakRss, rssBoundMb, bench.failures) ? 0 : 1);
    }

    /** startReport for applications prefix + from .. prefix + to, one after another; warms up and measures alike. */
    private void block(String prefix, int from, int to) throws Exception {
        for (int i = from; i <= to; i++) {
            HttpRequest request = run.POST(HttpRequest.BodyPublishers.ofString(ReportExamples.accountsFor(prefix + i)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && failures++ < 5) {
                System.out.printf("start %s%d answered %d: %s%n", prefix, i, response.statusCode(), response.body());
            }
        }
    }

    private void reset() throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(base + "/__simulator/reset"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    /**
     * The last block against the first: not more than 10 % slower by wall-clock rate; RSS under the bound; no failed
     * start. The simulator's CPU time per start is shown beside, with the median and range over all blocks: what
     * other processes on the machine move less than the rate, but the first block (the retention filling up, nothing
     * evicted yet) does less work than the others.
     */
    private static boolean verdict(List<Double> rates, List<Double> cpu, long peakRss, long rssBoundMb, int failures) {
        double rateChange = change(rates);
        boolean rateHolds = rateChange >= -10.0;
        boolean rssHolds = peakRss < rssBoundMb;
        System.out.printf("rate, first %,d: %.0f starts/s; last %,d: %.0f starts/s; %+.1f %% (%s); "
                + "all blocks: %s: %s%n",
                BLOCK, rates.get(0), BLOCK, rates.get(rates.size() - 1), rateChange,
                Math.abs(rateChange) <= 10.0 ? "within 10 %" : "not within 10 %", spread(rates),
                rateHolds ? "PASS (not 10 % slower)" : "FAIL (more than 10 % slower)");
        System.out.printf("simulator CPU per start (us), first %,d: %.0f; last %,d: %.0f; %+.1f %%; all blocks: %s%n",
                BLOCK, cpu.get(0), BLOCK, cpu.get(cpu.size() - 1), change(cpu), spread(cpu));
        System.out.printf("peak rss sampled %d MB, bound %d MB: %s%n", peakRss, rssBoundMb, rssHolds ? "PASS" : "FAIL");
        System.out.printf("non-200 answers: %d: %s%n", failures, failures == 0 ? "PASS" : "FAIL");
        return rateHolds && rssHolds && failures == 0;
    }

    private static String spread(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return String.format("median %.0f, range %.0f-%.0f", sorted.get(sorted.size() / 2), sorted.get(0),
                sorted.get(sorted.size() - 1));
    }

    private static double change(List<Double> values) {
        double first = values.get(0);
        return (values.get(values.size() - 1) - first) / first * 100;
    }

    private static String token(HttpClient http, String base) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=demo-manage&client_secret=demo-manage-secret"))
                .build();
        Matcher m = TOKEN.matcher(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        if (!m.find()) {
            throw new IllegalStateException("no access token from " + base);
        }
        return m.group(1);
    }

    private int tasksHeld() throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/__simulator/tasks")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new ObjectMapper().readTree(body).size();
    }

    private static long rssMb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for pid " + pid);
    }

    /** utime + stime of the process, in clock ticks (fields 14 and 15 of /proc/PID/stat). */
    private static long cpuTicks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static String loadAverage() throws Exception {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }
}
