package io.rdesuite.simulator.defects;

import static io.rdesuite.simulator.testing.SimHarness.HEX32;
import static io.rdesuite.simulator.testing.SimHarness.MANAGE;
import static io.rdesuite.simulator.testing.SimHarness.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.Variant;
import io.rdesuite.client.ReportFile;
import io.rdesuite.simulator.testing.SharedSimulatorTest;
import io.rdesuite.simulator.testing.SimHarness;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each benign variant really changes what a client observes (so a suite that passes against it has been shown
 * something new), the same probe reading one thing from the simulator as it is and another with the variant on.
 */
class VariantsTest extends SharedSimulatorTest {

    private static final String ACCOUNTS_BODY = ReportExamples.json(ReportType.ACCOUNTS);

    /** A request and what it observes, with the observation expected without and with the variant. */
    private record Probe(Function<SimHarness, Object> observe, Object plain, Object varied) {
    }

    /** An observation of the plain simulator that is not compared. */
    private static final Object ANY = new Object();

    private static final Map<Variant, Probe> PROBES = new EnumMap<>(Variant.class);

    static {
        PROBES.put(Variant.EXTRA_FIELD, new Probe(h -> {
            Response refused = emptyStart(h);
            return List.of(refused.<Map<String, ?>>path("").containsKey(VariantAnswers.EXTRA_FIELD),
                    refused.<Map<String, ?>>path("messages[0]").containsKey(VariantAnswers.EXTRA_FIELD));
        }, List.of(false, false), List.of(true, true)));
        PROBES.put(Variant.REORDERED_KEYS, new Probe(h -> new ArrayList<>(emptyStart(h).<Map<String, ?>>path("")
                .keySet()), List.of("detailCode", "trackingId", "messages", "causes"),
                List.of("causes", "messages", "trackingId", "detailCode")));
        PROBES.put(Variant.JSON_CHARSET_SPELLING, new Probe(h -> h.result(UNKNOWN_ID).contentType(),
                "application/json;charset=utf-8", "application/json; charset=UTF-8"));
        PROBES.put(Variant.EXTRA_HEADERS, new Probe(h -> {
            Response r = h.result(UNKNOWN_ID);
            return List.of(String.valueOf(r.header("X-Request-Trace")).matches(HEX32.pattern()),
                    String.valueOf(r.header("Vary")), String.valueOf(r.header("Cache-Control")));
        }, List.of(false, "null", "null"), List.of(true, "Accept-Encoding", "no-store")));
        PROBES.put(Variant.PRETTY_JSON, new Probe(h -> emptyStart(h).asString().contains("\n"), false, true));
        PROBES.put(Variant.TRACKING_ID_IS_REQUEST_ID, new Probe(h -> {
            Response refused = emptyStart(h);
            String trackingId = refused.path("trackingId");
            return List.of(HEX32.matcher(trackingId).matches(), trackingId.equals(refused.header("SLPT-Request-ID")));
        }, List.of(true, false), List.of(true, true)));
        PROBES.put(Variant.LONGER_RETRY_AFTER, new Probe(h -> secondCallUnderOnePerWindow(h).header("Retry-After"),
                "10", "11"));
        PROBES.put(Variant.SLOW_REPORTS, new Probe(h -> {
            String id = h.completedReport(ACCOUNTS_BODY);
            String afterOneDuration = String.valueOf(h.result(id).<String>path("status"));
            h.finishRunningReports();
            return List.of(afterOneDuration, h.result(id).path("status"));
        }, List.of("SUCCESS", "SUCCESS"), List.of("null", "SUCCESS")));
        // timing: only the lower bound is certain (a loaded machine makes any answer slow); VariantTableTest shows
        // the hold-back is set on the API's answers only
        PROBES.put(Variant.SLOW_ANSWERS, new Probe(h -> IntStream.range(0, 3)
                .mapToLong(i -> h.result(UNKNOWN_ID).time()).min().orElseThrow() >= VariantAnswers.SLOW_ANSWER_MILLIS,
                ANY, true));
        PROBES.put(Variant.OFFSET_DATE_TIMES, new Probe(h -> {
            String created = startResponse(h).path("created");
            return List.of(created.substring(created.length() - 1),
                    OffsetDateTime.parse(created).toInstant().equals(h.clock().instant()));
        }, List.of("Z", true), List.of("0", true)));
        PROBES.put(Variant.GZIP_WHEN_ASKED, new Probe(h -> {
            Response asked = h.result(UNKNOWN_ID);
            Response notAsked = h.as(MANAGE).config(RestAssuredConfig.config().decoderConfig(
                    DecoderConfig.decoderConfig().noContentDecoders())).get(Operation.GET_REPORT_RESULT.path(UNKNOWN_ID));
            return List.of(String.valueOf(asked.header("Content-Encoding")), asked.asString(),
                    String.valueOf(notAsked.header("Content-Encoding")), notAsked.asString());
        }, List.of("null", "{}", "null", "{}"), List.of("gzip", "{}", "null", "{}")));
        PROBES.put(Variant.CSV_EXTRA_COLUMN, new Probe(h -> {
            byte[] csv = h.download(h.completedReport(ACCOUNTS_BODY), "csv").asByteArray();
            List<List<String>> records = new ReportFile(csv, null, null).csvRecords();
            List<String> header = records.get(0);
            return List.of(header.get(header.size() - 1), records.stream().allMatch(r -> r.size() == header.size()));
        }, List.of("Created", true), List.of("Region", true)));
        PROBES.put(Variant.MEDIA_TYPE_CASE, new Probe(h -> h.download(h.completedReport(ACCOUNTS_BODY), "csv")
                .contentType(), "application/csv", "Application/CSV; charset=UTF-8"));
        PROBES.put(Variant.HEADER_NAME_CASE, new Probe(h -> h.download(h.completedReport(ACCOUNTS_BODY), "csv")
                .headers().asList().stream().map(io.restassured.http.Header::getName)
                .anyMatch(n -> n.equals("content-disposition")), false, true));
        PROBES.put(Variant.EXTRA_ERROR_MESSAGE, new Probe(h -> emptyStart(h).<List<?>>path("messages").size(), 1, 2));
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void variant_changesWhatAClientObserves(Variant variant) {
        Probe probe = PROBES.get(variant);
        assertThat(probe).as("a probe for %s", variant).isNotNull();

        Object plain = probe.observe().apply(h);
        h.reset();
        h.simulator().variants(Set.of(variant));
        Object varied = probe.observe().apply(h);

        if (probe.plain() != ANY) {
            assertThat(plain).as("without %s", variant).isEqualTo(probe.plain());
        }
        assertThat(varied).as("with %s", variant).isEqualTo(probe.varied());
    }

    private static Response emptyStart(SimHarness h) {
        return h.as(MANAGE).contentType(ContentType.JSON).body("{}").post(Operation.START_REPORT.template());
    }

    private static Response startResponse(SimHarness h) {
        return h.as(MANAGE).contentType(ContentType.JSON).body(ACCOUNTS_BODY).post(Operation.START_REPORT.template());
    }

    private static Response secondCallUnderOnePerWindow(SimHarness h) {
        h.control("PUT", "/rate-limits", "{\"default\":\"1/10s\"}");
        h.result(UNKNOWN_ID);
        return h.result(UNKNOWN_ID);
    }
}
