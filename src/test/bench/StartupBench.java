import io.rdesuite.simulator.ReportsSimulator;
import io.rdesuite.simulator.SimulatorConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Embedded start to first answered request: ReportsSimulator.start() in a fresh JVM, then one token request
 * over HTTP. Run by src/test/bench/startup.sh; prints milliseconds.
 */
public class StartupBench {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        try (ReportsSimulator sim = ReportsSimulator.start(SimulatorConfig.builder().requestLog(false).build())) {
            long started = System.nanoTime();
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/oauth/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "grant_type=client_credentials&client_id=demo-manage&client_secret=demo-manage-secret"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            System.out.printf("start() %d ms, start to first answered request (token, HTTP %d) %d ms%n",
                    (started - t0) / 1_000_000, response.statusCode(), (answered - t0) / 1_000_000);
        }
    }
}
