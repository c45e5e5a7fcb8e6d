package io.rdesuite.load.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.RateLimitSpec;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The rate-limit probe's output: target/load/rate-limit-profile.json (estimated limit, window, recovery and the
 * Retry-After truth of every 429; over several API versions, {@code versionBudget}: whether a client's budget is
 * per version) and target/load/rate-limit-profile.png (XChart: offered rate against 429
 * share over time, offered rate against 429 share per bin, Retry-After advised against the wait that really
 * ended the refusal).
 */
public final class RateLimitProfile {

    private RateLimitProfile() {
    }

    /** {@code versionBudget}: the {@link VersionBudgetProbe}'s figures, or null when the run spans one version. */
    public static Path writeJson(Path dir, Map<String, RateLimitProbe> probes, Map<String, RateLimitSpec> expected,
                                 Map<String, String> verdicts, Map<String, Object> versionBudget) {
        ObjectNode root = LoadResults.JSON.createObjectNode();
        if (versionBudget != null) {
            root.set("versionBudget", LoadResults.JSON.valueToTree(versionBudget));
        }
        ArrayNode list = root.putArray("probes");
        probes.forEach((client, probe) -> {
            RateLimitProbe.Result r = probe.result();
            ObjectNode p = list.addObject();
            p.put("clientId", client);
            RateLimitSpec e = expected.get(client);
            p.put("configuredLimit", e == null ? null : e.toString());
            p.putPOJO("estimatedLimit", r.estimatedLimit());
            p.putPOJO("windowSeconds", r.windowSeconds());
            p.putPOJO("firstBurstAccepted", r.firstBurstAccepted());
            p.putPOJO("windowStartOffsetMs", r.windowStartOffsetMs());
            p.putPOJO("recoveryMs", r.recoveryMs());
            p.put("durationMs", r.durationMs());
            if (e != null && !e.isOff()) {
                p.put("durationInWindows", r.durationMs() / (double) e.window().toMillis());
            }
            p.put("requests", r.requests());
            p.put("refused", r.refused());
            p.put("outcome", r.outcome());
            p.put("verdict", verdicts.getOrDefault(client, ""));
            ArrayNode truth = p.putArray("retryAfterTruth");
            r.retryAfterTruth().forEach(t -> truth.addObject()
                    .put("refusedAtMs", t.refusedAtMs() - (r.samples().isEmpty() ? 0 : r.samples().get(0).sentAt()))
                    .putPOJO("advisedWaitSeconds", t.advisedWaitSeconds())
                    .putPOJO("earliestSuccessAfterMs", t.earliestSuccessAfterMs())
                    .put("refusedAfterAdvisedWait", t.refusedAfterAdvisedWait())
                    .putPOJO("honoured", t.honoured()));
        });
        Path file = dir.resolve("rate-limit-profile.json");
        LoadResults.write(file, root);
        return file;
    }

    /** Offered rate and 429 share per time bin of one probe; x in seconds from its first request. */
    private record Bins(long binMs, List<Double> x, List<Double> rate, List<Double> share, List<Boolean> used) {

        static Bins of(RateLimitProbe.Result r) {
            long t0 = r.samples().get(0).sentAt();
            long span = Math.max(1, r.samples().get(r.samples().size() - 1).receivedAt() - t0);
            long bin = Math.max(50, span / 40);
            int bins = (int) (span / bin) + 1;
            double[] offered = new double[bins];
            double[] refused = new double[bins];
            for (RateLimitProbe.Sample s : r.samples()) {
                int i = (int) ((s.sentAt() - t0) / bin);
                offered[i]++;
                if (s.refused()) {
                    refused[i]++;
                }
            }
            Bins b = new Bins(bin, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (int i = 0; i < bins; i++) {
                b.x().add(i * bin / 1000.0);
                b.rate().add(offered[i] * 1000.0 / bin);
                b.share().add(offered[i] == 0 ? 0 : 100.0 * refused[i] / offered[i]);
                b.used().add(offered[i] > 0);
            }
            return b;
        }
    }

    /** Three charts per probed client, one row each: timeline, 429 share against rate, Retry-After truth. */
    public static Path writePlot(Path dir, Map<String, RateLimitProbe> probes) {
        List<XYChart> charts = new ArrayList<>();
        probes.forEach((client, probe) -> {
            RateLimitProbe.Result r = probe.result();
            if (!r.samples().isEmpty()) {
                Bins bins = Bins.of(r);
                charts.add(timeline(client, bins));
                charts.add(scatter(client, bins));
                charts.add(retryAfter(client, r));
            }
        });
        Path file = dir.resolve("rate-limit-profile.png");
        if (charts.isEmpty()) {
            return file;
        }
        try {
            Files.createDirectories(dir);
            BitmapEncoder.saveBitmap(charts, charts.size() / 3, 3, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static XYChart timeline(String client, Bins bins) {
        XYChart timeline = new XYChartBuilder().width(640).height(360)
                .title(client + ": offered rate and 429 share").xAxisTitle("time (s)").build();
        timeline.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        timeline.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        timeline.setYAxisGroupTitle(0, "offered (req/s)");
        timeline.setYAxisGroupTitle(1, "429 share (%)");
        timeline.addSeries("offered req/s", bins.x(), bins.rate()).setMarker(SeriesMarkers.NONE);
        XYSeries share = timeline.addSeries("429 share %", bins.x(), bins.share());
        share.setYAxisGroup(1);
        share.setMarker(SeriesMarkers.NONE);
        share.setLineColor(Color.RED);
        return timeline;
    }

    private static XYChart scatter(String client, Bins bins) {
        XYChart scatter = new XYChartBuilder().width(640).height(360)
                .title(client + ": 429 share against offered rate").xAxisTitle("offered (req/s, per "
                        + bins.binMs() + " ms bin)").yAxisTitle("429 share (%)").build();
        scatter.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        scatter.getStyler().setLegendVisible(false);
        List<Double> sx = new ArrayList<>();
        List<Double> sy = new ArrayList<>();
        for (int i = 0; i < bins.x().size(); i++) {
            if (bins.used().get(i)) {
                sx.add(bins.rate().get(i));
                sy.add(bins.share().get(i));
            }
        }
        scatter.addSeries("bins", sx, sy);
        return scatter;
    }

    private static XYChart retryAfter(String client, RateLimitProbe.Result r) {
        XYChart retry = new XYChartBuilder().width(640).height(360)
                .title(client + ": Retry-After advised vs. observed").xAxisTitle("429 at time (s)")
                .yAxisTitle("seconds").build();
        retry.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        retry.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        long t0 = r.samples().get(0).sentAt();
        List<Double> rx = new ArrayList<>();
        List<Double> advised = new ArrayList<>();
        List<Double> ox = new ArrayList<>();
        List<Double> observed = new ArrayList<>();
        for (RateLimitProbe.RetryAfterTruth t : r.retryAfterTruth()) {
            double at = (t.refusedAtMs() - t0) / 1000.0;
            if (t.advisedWaitSeconds() != null) {
                rx.add(at);
                advised.add(t.advisedWaitSeconds().doubleValue());
            }
            if (t.earliestSuccessAfterMs() != null) {
                ox.add(at);
                observed.add(t.earliestSuccessAfterMs() / 1000.0);
            }
        }
        if (!rx.isEmpty()) {
            retry.addSeries("advised Retry-After", rx, advised);
        }
        if (!ox.isEmpty()) {
            retry.addSeries("earliest success after 429", ox, observed).setMarkerColor(Color.RED);
        }
        if (rx.isEmpty() && ox.isEmpty()) {
            retry.addSeries("no 429", List.of(0.0), List.of(0.0));
        }
        return retry;
    }
}
