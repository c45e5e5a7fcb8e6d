package io.rdesuite.load.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Starts the reports a simulation needs to exist before its load begins (tracked, so they get cleaned up). */
public final class ReportSeeder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportSeeder() {
    }

    public static List<String> seed(LoadRun run, LoadClient client, int count) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = "{\"reportType\":\"ACCOUNTS\",\"arguments\":{\"application\":\"seed-" + i
                    + "\",\"sourceName\":\"Seed\"}}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(run.url("/v3/reports/run")))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", run.bearer(client.id()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("seeding a report answered " + response.statusCode());
                }
                String id = JSON.readTree(response.body()).path("id").asText();
                run.tracker().started(id, client.id());
                ids.add(id);
            } catch (IOException e) {
                throw new IllegalStateException("seeding a report failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return ids;
    }
}
