package io.rdesuite.selfcheck;

import io.rdesuite.simulator.SimulatorMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator as a user runs it: a child JVM running {@link SimulatorMain} from this classpath on a free loopback
 * port, its address read from its banner. Closing it sends SIGTERM (then kills it if it lingers).
 */
final class StandaloneSimulator implements AutoCloseable {

    private static final Pattern BANNER = Pattern.compile("Reports API simulator listening on (http://127\\.0\\.0\\.1:\\d+)");

    private final Process process;
    private final String baseUrl;

    private StandaloneSimulator(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts it with these flags (besides --port 0 --quiet) and waits for its banner. */
    static StandaloneSimulator start(String... flags) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), SimulatorMain.class.getName(), "--port", "0", "--quiet"));
        command.addAll(List.of(flags));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        Matcher banner = line == null ? null : BANNER.matcher(line);
        if (banner == null || !banner.matches()) {
            process.destroyForcibly();
            throw new IllegalStateException("the standalone simulator did not start: " + line);
        }
        Thread drain = new Thread(() -> drain(out), "standalone-simulator-output");
        drain.setDaemon(true);
        drain.start();
        return new StandaloneSimulator(process, banner.group(1));
    }

    /** http://127.0.0.1:PORT, as SAIL_BASE_URL. */
    String baseUrl() {
        return baseUrl;
    }

    static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(BufferedReader out) {
        try (out) {
            while (out.readLine() != null) {
                // the banner's client lines; --quiet leaves nothing else
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }
}
