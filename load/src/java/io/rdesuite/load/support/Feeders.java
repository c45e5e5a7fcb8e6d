package io.rdesuite.load.support;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Endless feeders: clients in turn, report variants, existing task ids. */
public final class Feeders {

    /** A report to run and the format to download: the same body twice while it runs yields one task. */
    public record ReportVariant(String body, String fileFormat) {
    }

    public static final List<ReportVariant> VARIANTS = List.of(
            new ReportVariant("{\"reportType\":\"IDENTITIES\",\"arguments\":{}}", "csv"),
            new ReportVariant("{\"reportType\":\"IDENTITIES\",\"arguments\":{\"correlatedOnly\":true}}", "csv"),
            new ReportVariant("{\"reportType\":\"ACCOUNTS\",\"arguments\":{\"application\":\"app-1\",\"sourceName\":\"Active Directory\"}}", "csv"),
            new ReportVariant("{\"reportType\":\"ACCOUNTS\",\"arguments\":{\"application\":\"app-2\",\"sourceName\":\"Workday\"}}", "csv"),
            new ReportVariant("{\"reportType\":\"IDENTITIES_DETAILS\",\"arguments\":{\"correlatedOnly\":false}}", "csv"),
            new ReportVariant("{\"reportType\":\"ORPHAN_IDENTITIES\",\"arguments\":{\"selectedFormats\":[\"PDF\"]}}", "pdf"),
            new ReportVariant("{\"reportType\":\"UNCORRELATED_ACCOUNTS\",\"arguments\":{}}", "pdf"));

    private Feeders() {
    }

    /** Users take the clients in turn and the report variants in turn. */
    public static Iterator<Map<String, Object>> reports(List<LoadClient> clients, List<ReportVariant> variants) {
        AtomicLong n = new AtomicLong();
        return Stream.generate((Supplier<Map<String, Object>>) () -> {
            long i = n.getAndIncrement();
            ReportVariant v = variants.get((int) (i % variants.size()));
            return Map.of(LoadRun.CLIENT, clients.get((int) (i % clients.size())).id(),
                    "reportBody", v.body(), "fileFormat", v.fileFormat());
        }).iterator();
    }

    /** Users take the clients in turn and a random one of {@code taskIds} (filled in before()). */
    public static Iterator<Map<String, Object>> existingTasks(List<LoadClient> clients, List<String> taskIds) {
        AtomicLong n = new AtomicLong();
        return Stream.generate((Supplier<Map<String, Object>>) () -> {
            long i = n.getAndIncrement();
            return Map.<String, Object>of(LoadRun.CLIENT, clients.get((int) (i % clients.size())).id(),
                    "taskId", taskIds.get(ThreadLocalRandom.current().nextInt(taskIds.size())));
        }).iterator();
    }

    /** One user per client, with a task id to read. */
    public static Iterator<Map<String, Object>> oneUserPerClient(List<LoadClient> clients, String taskId) {
        AtomicLong n = new AtomicLong();
        return Stream.generate((Supplier<Map<String, Object>>) () -> Map.<String, Object>of(
                LoadRun.CLIENT, clients.get((int) (n.getAndIncrement() % clients.size())).id(),
                "taskId", taskId)).iterator();
    }
}
