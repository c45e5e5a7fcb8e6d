import com.fasterxml.jackson.databind.ObjectMapper;
import io.rdesuite.simulator.ReportsSimulator;
import io.rdesuite.simulator.SimulatorConfig;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Embedded start to first answered request: ReportsSimulator.start(), then one token request written on a plain
 * socket (so no HTTP client's own start-up is counted). Three figures from one fresh JVM:
 * cold (nothing loaded yet), host-ready (logging and Jackson already initialised, as in a test JVM), and a
 * second start in the same JVM. Run by src/test/bench/startup.sh.
 */
public class StartupBench {
    public static void main(String[] args) throws Exception {
        boolean hostReady = args.length > 0 && args[0].equals("host-ready");
        if (hostReady) {
            org.slf4j.LoggerFactory.getLogger(StartupBench.class).debug("logging up");
            new ObjectMapper().writeValueAsBytes(java.util.Map.of("ready", true));
        }
        System.out.printf("%-10s %s%n", hostReady ? "host-ready" : "cold", measure());
        System.out.printf("%-10s %s%n", "again", measure());
    }

    private static String measure() throws Exception {
        long t0 = System.nanoTime();
        try (ReportsSimulator sim = ReportsSimulator.start(SimulatorConfig.builder().requestLog(false).build())) {
            long started = System.nanoTime();
            String body = "grant_type=client_credentials&client_id=demo-manage&client_secret=demo-manage-secret";
            String request = "POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                    + "\r\n\r\n" + body;
            String statusLine;
            try (Socket socket = new Socket("127.0.0.1", sim.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(request.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                statusLine = response.substring(0, response.indexOf('\r'));
            }
            long answered = System.nanoTime();
            return String.format("start() %4d ms, to first answered request (%s) %4d ms",
                    (started - t0) / 1_000_000, statusLine, (answered - t0) / 1_000_000);
        }
    }
}
