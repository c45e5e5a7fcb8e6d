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
 * keep-alive connection, against a running standalone simulator, after a warm-up of 5,000 starts and a reset (so
 * the JIT of both sides is warm and the simulator holds no task when the count begins). Prints the rate of each 10,000, the simulator's
 * resident memory (VmRSS of PID) at start, every 50,000 and at the end, the tasks it still holds, and the verdict:
 * the rate of the last 10,000 within 10 % of the first 10,000, RSS under RSS_BOUND_MB. Run by start-flood.sh.
 * Arguments: BASE_URL PID COUNT RSS_BOUND_MB. Exit code 0 when both hold, 1 when not.
 */
public class StartFloodBench {

    private static final int BLOCK = 10_000;
    private static final int RSS_EVERY = 50_000;
    private static final int WARM_UP = 5_000;
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        long rssBoundMb = Long.parseLong(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String token = token(http, base);
        HttpRequest.Builder run = HttpRequest.newBuilder(URI.create(base + "/v3/reports/run"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");

        for (int i = 1; i <= WARM_UP; i++) {
            http.send(run.POST(HttpRequest.BodyPublishers.ofString(ReportExamples.accountsFor("warm-" + i))).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        http.send(HttpRequest.newBuilder(URI.create(base + "/__simulator/reset")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding());
        token = token(http, base);
        run.setHeader("Authorization", "Bearer " + token);
        System.out.printf("warm-up: %,d starts, then POST /__simulator/reset (the simulator holds no task)%n", WARM_UP);
        System.out.printf("rss at start: %d MB%n", rssMb(pid));
        List<Double> rates = new ArrayList<>();
        long peakRss = 0;
        int failures = 0;
        long blockStart = System.nanoTime();
        for (int i = 1; i <= count; i++) {
            HttpRequest request = run.POST(HttpRequest.BodyPublishers.ofString(ReportExamples.accountsFor("src-" + i)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && failures++ < 5) {
                System.out.printf("start %d answered %d: %s%n", i, response.statusCode(), response.body());
            }
            if (i % BLOCK == 0) {
                double seconds = (System.nanoTime() - blockStart) / 1e9;
                rates.add(BLOCK / seconds);
                System.out.printf("starts %7d-%7d: %6.2f s, %8.0f starts/s, load average %s%n",
                        i - BLOCK + 1, i, seconds, BLOCK / seconds, loadAverage());
                blockStart = System.nanoTime();
            }
            if (i % RSS_EVERY == 0 || i == count) {
                long rss = rssMb(pid);
                peakRss = Math.max(peakRss, rss);
                System.out.printf("rss after %d starts: %d MB%n", i, rss);
            }
        }
        System.out.printf("tasks held at the end: %d%n", tasksHeld(http, base));
        System.exit(verdict(rates, peakRss, rssBoundMb, failures) ? 0 : 1);
    }

    private static boolean verdict(List<Double> rates, long peakRss, long rssBoundMb, int failures) {
        double first = rates.get(0);
        double last = rates.get(rates.size() - 1);
        double change = (last - first) / first * 100;
        boolean rateHolds = Math.abs(change) <= 10.0;
        boolean rssHolds = peakRss < rssBoundMb;
        System.out.printf("first %,d: %.0f starts/s; last %,d: %.0f starts/s (%+.1f %%): %s%n",
                BLOCK, first, BLOCK, last, change, rateHolds ? "PASS (within 10 %)" : "FAIL (not within 10 %)");
        System.out.printf("peak rss sampled %d MB, bound %d MB: %s%n", peakRss, rssBoundMb,
                rssHolds ? "PASS" : "FAIL");
        System.out.printf("non-200 answers: %d%s%n", failures, failures == 0 ? "" : " FAIL");
        return rateHolds && rssHolds && failures == 0;
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

    private static int tasksHeld(HttpClient http, String base) throws Exception {
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

    private static String loadAverage() throws Exception {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }
}
