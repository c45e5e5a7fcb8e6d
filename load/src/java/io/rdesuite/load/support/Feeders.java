package io.rdesuite.load.support;

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
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Endless feeders: clients in turn, report variants, existing task ids. */
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

    /** Users take the clients in turn and the report variants in turn. */
    public static Iterator<Map<String, Object>> reports(List<LoadClient> clients, List<ReportVariant> variants) {
        AtomicLong n = new AtomicLong();
        return Stream.generate((Supplier<Map<String, Object>>) () -> {
            long i = n.getAndIncrement();
            ReportVariant v = variants.get((int) (i % variants.size()));
            return Map.of(LoadRun.CLIENT, clients.get((int) (i % clients.size())).id(),
                    "reportBody", v.body(), "fileFormat", v.fileFormat().queryValue());
        }).iterator();
    }

    /** Users take the clients in turn and a random one of {@code taskIds} (filled in before()). */
    public static Iterator<Map<String, Object>> existingTasks(List<LoadClient> clients, List<String> taskIds) {
        AtomicLong n = new AtomicLong();
        return Stream.generate((Supplier<Map<String, Object>>) () -> {
            long i = n.getAndIncrement();
            return Map.<String, Object>of(LoadRun.CLIENT, clients.get((int) (i % clients.size())).id(),
                    LoadRun.TASK_ID, taskIds.get(ThreadLocalRandom.current().nextInt(taskIds.size())));
        }).iterator();
    }

    /** One user per client, with a task id to read. */
    public static Iterator<Map<String, Object>> oneUserPerClient(List<LoadClient> clients, String taskId) {
        AtomicLong n = new AtomicLong();
        return Stream.generate((Supplier<Map<String, Object>>) () -> Map.<String, Object>of(
                LoadRun.CLIENT, clients.get((int) (n.getAndIncrement() % clients.size())).id(),
                LoadRun.TASK_ID, taskId)).iterator();
    }
}
