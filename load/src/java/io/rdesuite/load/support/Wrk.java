package io.rdesuite.load.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (if installed) against one loopback URL with a bearer token, for the injector-ceiling benchmark. */
public final class Wrk {

    public record Outcome(String command, double requestsPerSecond, String output) {
    }

    private Wrk() {
    }

    public static Outcome run(String url, String bearer, int threads, int connections, int seconds) {
        if (!url.startsWith("http://127.") && !url.startsWith("http://localhost") && !url.startsWith("http://[::1]")) {
            throw new IllegalArgumentException("wrk is only pointed at loopback addresses, not " + url);
        }
        List<String> command = List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "-H", "Authorization: " + bearer, url);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Outcome(String.join(" ", command), Double.NaN, "timed out");
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
            return new Outcome("wrk -t" + threads + " -c" + connections + " -d" + seconds
                    + "s -H 'Authorization: Bearer <token>' " + url, m.find() ? Double.parseDouble(m.group(1)) : Double.NaN, out);
        } catch (IOException e) {
            return new Outcome(String.join(" ", command), Double.NaN, "wrk not available: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(String.join(" ", command), Double.NaN, "interrupted");
        }
    }
}
