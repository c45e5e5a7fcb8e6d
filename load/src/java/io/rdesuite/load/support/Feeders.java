package io.rdesuite.load.support;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * Endless feeders: clients in turn, each client through the run's API versions in turn, report variants,
 * existing task ids.
 */
public final class Feeders {

    /** A report to run and the format to download: the same body twice while it runs yields one task. */
    public record ReportVariant(String body, FileFormat fileFormat) {
    }

    /** The report types whose files the journeys download as PDF; the others as CSV. */
    private static final Set<ReportType> PDF_DOWNLOADS = Set.of(ReportType.ORPHAN_IDENTITIES,
            ReportType.UNCORRELATED_ACCOUNTS);

    /** One variant per report type, with the document's example body. */
    public static final List<ReportVariant> VARIANTS = Arrays.stream(ReportType.values())
            .map(type -> new ReportVariant(ReportExamples.json(type),
                    PDF_DOWNLOADS.contains(type) ? FileFormat.PDF : FileFormat.CSV))
            .toList();

    private Feeders() {
    }

    /** Users take the clients in turn, each client the versions in turn, and the report variants in turn. */
    public static Iterator<Map<String, Object>> reports(List<LoadClient> clients, List<ApiVersion> versions,
                                                        List<ReportVariant> variants) {
        return endless(i -> {
            ReportVariant v = variants.get((int) (i % variants.size()));
            return Map.of(LoadRun.CLIENT, clients.get((int) (i % clients.size())).id(),
                    LoadRun.API_VERSION, versionOf(i, clients, versions).label(),
                    "reportBody", v.body(), "fileFormat", v.fileFormat().queryValue());
        });
    }

    /**
     * Users take the clients in turn, each client the versions in turn, and a random one of the task ids seeded
     * through their version ({@code taskIds}, filled in before()).
     */
    public static Iterator<Map<String, Object>> existingTasks(List<LoadClient> clients, List<ApiVersion> versions,
                                                              Map<ApiVersion, List<String>> taskIds) {
        return endless(i -> {
            ApiVersion version = versionOf(i, clients, versions);
            List<String> ids = taskIds.get(version);
            return Map.<String, Object>of(LoadRun.CLIENT, clients.get((int) (i % clients.size())).id(),
                    LoadRun.API_VERSION, version.label(),
                    LoadRun.TASK_ID, ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
        });
    }

    /** Every client in every version: one lane each, clients first. */
    public static List<Lane> lanes(List<LoadClient> clients, List<ApiVersion> versions) {
        return versions.stream().flatMap(v -> clients.stream().map(c -> new Lane(c, v))).toList();
    }

    /** One user per lane, in turn, with a task id to read. */
    public static Iterator<Map<String, Object>> oneUserPerLane(List<Lane> lanes, String taskId) {
        return endless(i -> {
            Lane lane = lanes.get((int) (i % lanes.size()));
            return Map.<String, Object>of(LoadRun.CLIENT, lane.client().id(),
                    LoadRun.API_VERSION, lane.version().label(), LoadRun.TASK_ID, taskId);
        });
    }

    /** The version of the i-th user: each client's users take the versions in turn. */
    private static ApiVersion versionOf(long i, List<LoadClient> clients, List<ApiVersion> versions) {
        return versions.get((int) ((i / clients.size()) % versions.size()));
    }

    private static Iterator<Map<String, Object>> endless(LongFunction<Map<String, Object>> record) {
        AtomicLong n = new AtomicLong();
        return Stream.generate(() -> record.apply(n.getAndIncrement())).iterator();
    }
}
