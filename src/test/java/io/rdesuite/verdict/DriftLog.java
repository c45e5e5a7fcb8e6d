package io.rdesuite.verdict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where drift goes, in the Allure results of the running test JVM (so the scenarios and the provider verification
 * of failsafe, whatever JVM they run in, reach the coverage matrix, and a self-check's nested run, whose Allure
 * writer writes nowhere, reaches nothing):
 * <ul>
 *   <li>one {@code <uuid>-drift.json} per answer with drift (a JSON array of {@link Drift}), beside the results
 *       that the coverage matrix reads; cleared with them before each run;</li>
 *   <li>the running test, when there is one, keeps its status and gains a status message starting
 *       {@link #MESSAGE}, which puts it in the report's category "Drift: undocumented additions" (a failure's
 *       own message replaces it: the failure wins).</li>
 * </ul>
 */
public final class DriftLog {

    public static final String FILE_SUFFIX = "-drift.json";
    public static final String MESSAGE = "Undocumented additions (drift, reported, not a failure): ";
    static final int LISTED = 10;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Test uuid -> the drift its answers showed, sorted (tests with the same drift share a message and group). */
    private static final Map<String, Set<String>> BY_TEST = new ConcurrentHashMap<>();

    private DriftLog() {
    }

    /** Records the drift of one answer; nothing when there is none. */
    public static void record(List<Drift> drift) {
        if (drift.isEmpty()) {
            return;
        }
        AllureLifecycle allure = Allure.getLifecycle();
        allure.writeAttachment(UUID.randomUUID() + FILE_SUFFIX, new ByteArrayInputStream(bytes(drift)));
        Optional<String> test = allure.getCurrentTestCase();
        if (test.isPresent()) {
            Set<String> seen = BY_TEST.computeIfAbsent(test.get(), k -> new TreeSet<>());
            String message;
            synchronized (seen) {
                drift.forEach(d -> seen.add(d.text()));
                message = message(seen);
            }
            allure.updateTestCase(result -> note(result, message));
        }
    }

    /** The drift one file holds. */
    public static List<Drift> read(Path file) {
        try {
            return List.of(JSON.readValue(file.toFile(), Drift[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read drift from " + file, e);
        }
    }

    /** MESSAGE and the first {@link #LISTED} entries, "; "-separated, then how many more. */
    static String message(Collection<String> entries) {
        List<String> listed = entries.stream().limit(LISTED).toList();
        int more = entries.size() - listed.size();
        return MESSAGE + String.join("; ", listed) + (more > 0 ? "; and " + more + " more (see the coverage matrix)" : "");
    }

    private static void note(TestResult result, String message) {
        StatusDetails details = result.getStatusDetails();
        if (details == null) {
            result.setStatusDetails(new StatusDetails().setMessage(message));
        } else if (details.getMessage() == null || details.getMessage().startsWith(MESSAGE)) {
            details.setMessage(message);
        }
    }

    private static byte[] bytes(List<Drift> drift) {
        try {
            return JSON.writeValueAsBytes(drift);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
