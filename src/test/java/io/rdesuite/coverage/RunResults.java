package io.rdesuite.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.verdict.Drift;
import io.rdesuite.verdict.DriftLog;
import io.rdesuite.verdict.Observations;
import io.rdesuite.verdict.Observations.Observation;
import io.rdesuite.support.AllureEnvironment;
import io.rdesuite.support.AllureLabels;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What one run left in allure-results: the finished tests that cover a cell (they carry the operationId and
 * httpStatus labels; apiVersion defaults to v3; a version's own operationId, e.g. startReportV1, counts for its v3
 * name), whether the load simulations ran in this run (their results
 * carry framework=gatling), the target named in environment.properties, and the drift its answers showed (the
 * {@code *-drift.json} files of {@link DriftLog}: each distinct addition with the number of answers that showed it),
 * and what it observed where the documents are silent (the {@code *-observations.json} files of {@link Observations}).
 */
public record RunResults(List<Result> results, boolean loadRan, Optional<String> target, Map<Drift, Integer> drift,
                         List<Observation> observations) {

    public RunResults(List<Result> results, boolean loadRan, Optional<String> target, Map<Drift, Integer> drift) {
        this(results, loadRan, target, drift, List.of());
    }

    /** A finished test's cell, status and status message, as Allure wrote them. */
    public record Result(String version, String operationId, String httpStatus, String status, String message) {

        public Result(String operationId, String httpStatus, String status, String message) {
            this(ApiVersion.V3.label(), operationId, httpStatus, status, message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static RunResults read(Path dir) throws IOException {
        List<Result> results = new ArrayList<>();
        boolean loadRan = false;
        if (!Files.isDirectory(dir)) {
            return new RunResults(results, false, Optional.empty(), Map.of(), List.of());
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).toList()) {
                JsonNode node = JSON.readTree(file.toFile());
                loadRan |= "gatling".equals(label(node, "framework"));
                String op = label(node, AllureLabels.OPERATION_ID);
                String code = label(node, AllureLabels.HTTP_STATUS);
                if (op != null && code != null) {
                    String version = Optional.ofNullable(label(node, AllureLabels.API_VERSION))
                            .orElse(ApiVersion.V3.label());
                    results.add(new Result(version, operationId(version, op), code, node.path("status").asText("unknown"),
                            node.path("statusDetails").path("message").asText(null)));
                }
            }
        }
        return new RunResults(results, loadRan, target(dir.resolve(AllureEnvironment.FILE)), drift(dir),
                observations(dir));
    }

    /**
     * The v3 operationId of the operation {@code operationId} names in {@code version}'s document (startReportV1 in
     * v1 is startReport), as the matrix names operations in every version; an id no version knows, unchanged.
     */
    static String operationId(String version, String operationId) {
        return ApiVersion.byLabel(version).flatMap(v -> v.operation(operationId)).map(Operation::id)
                .orElse(operationId);
    }

    static String operationId(ApiVersion version, String operationId) {
        return operationId(version.label(), operationId);
    }

    /** Every distinct addition with how many answers showed it, sorted by cell, then where. */
    private static Map<Drift, Integer> drift(Path dir) throws IOException {
        Map<Drift, Integer> seen = new TreeMap<>(Comparator.comparing(Drift::version).thenComparing(Drift::operationId)
                .thenComparingInt(Drift::status).thenComparing(Drift::what).thenComparing(Drift::where));
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(DriftLog.FILE_SUFFIX)).sorted()
                    .forEach(f -> DriftLog.read(f).forEach(d -> seen.merge(d, 1, Integer::sum)));
        }
        return seen;
    }

    /** What the run observed of the open choices ({@link Observations}), every file's, in file order. */
    private static List<Observation> observations(Path dir) throws IOException {
        List<Observation> seen = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(Observations.FILE_SUFFIX)).sorted()
                    .forEach(f -> seen.addAll(Observations.read(f)));
        }
        return seen;
    }

    private static Optional<String> target(Path environment) throws IOException {
        if (!Files.isRegularFile(environment)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(environment)) {
            properties.load(in);
        }
        return Optional.ofNullable(properties.getProperty(AllureEnvironment.TARGET))
                .map(AllureEnvironment::withoutSecrets);
    }

    /** The first value of a label (a load result lists several cells; the first one counts, as before). */
    private static String label(JsonNode result, String name) {
        for (JsonNode label : result.path("labels")) {
            if (name.equals(label.path("name").asText())) {
                return label.path("value").asText();
            }
        }
        return null;
    }
}
