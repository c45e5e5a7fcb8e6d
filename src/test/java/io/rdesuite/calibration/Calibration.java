package io.rdesuite.calibration;

import static io.rdesuite.api.choices.OpenChoice.CANCEL_FINISHED;
import static io.rdesuite.api.choices.OpenChoice.CANCEL_UNKNOWN;
import static io.rdesuite.api.choices.OpenChoice.CHECK_ORDER;
import static io.rdesuite.api.choices.OpenChoice.CSV_CONTENT_TYPE;
import static io.rdesuite.api.choices.OpenChoice.GET_BEFORE_COMPLETION;
import static io.rdesuite.api.choices.OpenChoice.REPORT_TIMING;
import static io.rdesuite.api.choices.OpenChoice.RUNNING_RESULT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.CsvFileKey;
import io.rdesuite.api.Durations;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.api.choices.OpenChoice;
import io.rdesuite.calibration.Recording.ScenarioRun;
import io.rdesuite.calibration.Recording.Step;
import io.rdesuite.contract.csv.SimulatorCsvHeaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A simulator settings file (the keys of {@code GET /__simulator/settings}) from a recording: every assumption the
 * recording settles, set to what the target did; each key with the evidence that settled it. The rate limit's
 * window comes from the rate-limit probe's profile when one ran, otherwise from the first 429's Retry-After.
 */
record Calibration(ObjectNode settings, Map<String, String> evidence) {

    /** Where the load module's rate-limit probe writes its profile. */
    static final Path PROFILE = Path.of("target/load/rate-limit-profile.json");

    static Calibration of(Recording recording, Optional<Path> profile) {
        ObjectNode s = Recording.MAPPER.createObjectNode();
        Map<String, String> evidence = new LinkedHashMap<>();
        Map<Step, StepKind> kinds = StepKind.of(recording);
        for (ScenarioRun scenario : recording.scenarios()) {
            Set<String> forbidden = new HashSet<>();
            for (Step step : scenario.steps()) {
                settle(s, evidence, scenario, step, kinds.get(step), forbidden);
                if (step.status() == 403) {
                    forbidden.add(step.client() + " " + step.operation());
                }
            }
        }
        boolean forbiddenFirst = OpenChoice.CHECK_ORDER.same("FORBIDDEN_FIRST", s.path(CHECK_ORDER.key()).asText());
        rateLimit(recording, windowFromProfile(profile), forbiddenFirst).ifPresent(limit -> {
            s.putObject("rateLimits").put("default", limit.spec().toString());
            evidence.put("rateLimits", limit.evidence());
        });
        List<Long> times = recording.scenarios().stream().flatMap(r -> ReportTimes.all(r).stream()).sorted().toList();
        if (!times.isEmpty()) {
            long median = times.get(times.size() / 2);
            s.put(REPORT_TIMING.key(), Durations.format(Duration.ofMillis(Math.max(100, Math.round(median / 100.0) * 100))));
            evidence.put(REPORT_TIMING.key(), "median time to completion of " + times.size() + " reports: " + median + " ms");
        }
        csvHeaders(recording, s, evidence);
        return new Calibration(s, evidence);
    }

    /**
     * {@code csvHeaders}: each recorded header that differs from the simulator's own for the key, so the calibrated
     * simulator serves the target's columns. Left out: keys the recording had to mask (a file or column name
     * outside the allow-list), which the simulator cannot be given.
     */
    private static void csvHeaders(Recording recording, ObjectNode s, Map<String, String> evidence) {
        Map<String, List<String>> own = SimulatorCsvHeaders.served();
        Map<String, List<String>> differing = new TreeMap<>();
        List<String> masked = new ArrayList<>();
        new TreeMap<>(Optional.ofNullable(recording.csvHeaders()).orElse(Map.of())).forEach((key, columns) -> {
            if (!settable(key, columns)) {
                masked.add(key);
            } else if (!columns.equals(own.get(key))) {
                differing.put(key, columns);
            }
        });
        if (!differing.isEmpty()) {
            ObjectNode headers = s.putObject("csvHeaders");
            differing.forEach((key, columns) -> columns.forEach(headers.putArray(key)::add));
            evidence.put("csvHeaders", "recorded CSV headers differ from the simulator's in " + differing.keySet()
                    + (masked.isEmpty() ? "" : "; masked in the recording, left out: " + masked));
        }
    }

    private static boolean settable(String key, List<String> columns) {
        try {
            CsvFileKey.check(key);
            CsvFileKey.columns(columns);
            return !columns.contains(Exchanges.MASKED_COLUMN);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void settle(ObjectNode s, Map<String, String> evidence, ScenarioRun scenario, Step step,
                               StepKind kind, Set<String> forbidden) {
        String at = scenario.id() + " " + step.operation() + " " + step.status();
        int status = step.status();
        switch (step.operation() + " " + kind) {
            case "getReportResult RUNNING" -> {
                if (status == 200 && !step.shape().has("status")) {
                    put(s, evidence, RUNNING_RESULT, step.shape().isEmpty() ? "EMPTY" : "OMIT_STATUS", at);
                }
            }
            case "getReport RUNNING" -> putIf(s, evidence, GET_BEFORE_COMPLETION, status, at);
            case "getReport FINISHED" -> {
                String type = step.headers().getOrDefault("Content-Type", "absent");
                if (status == 200 && "csv".equals(step.query().get("fileFormat")) && !type.contains("zip")
                        && !type.equals("absent")) {
                    put(s, evidence, CSV_CONTENT_TYPE, type, at);
                }
            }
            case "cancelReport UNKNOWN_ID" -> putIf(s, evidence, CANCEL_UNKNOWN, status, at);
            case "cancelReport FINISHED" -> putIf(s, evidence, CANCEL_FINISHED, status, at);
            case "startReport LIMITED", "cancelReport LIMITED" -> {
                if (forbidden.contains(step.client() + " " + step.operation()) && (status == 403 || status == 429)) {
                    put(s, evidence, CHECK_ORDER, status == 429 ? "RATE_LIMIT_FIRST" : "FORBIDDEN_FIRST", at);
                }
            }
            default -> {
            }
        }
    }

    /** The status, when it is an honest value of the row (the registry's). */
    private static void putIf(ObjectNode s, Map<String, String> evidence, OpenChoice row, int status, String at) {
        if (row.statuses().contains(status)) {
            s.put(row.key(), status);
            evidence.putIfAbsent(row.key(), at);
        }
    }

    private static void put(ObjectNode s, Map<String, String> evidence, OpenChoice row, String value, String at) {
        s.put(row.key(), value);
        evidence.putIfAbsent(row.key(), at);
    }

    private record Limit(RateLimitSpec spec, String evidence) {
    }

    /**
     * From the first 429 a client met: its requests within the window before it (the limit; not those refused 403
     * when the scope is checked first, as they never reach the limiter) and the window (the profile's, else the
     * Retry-After plus the time since the client's first request, whole seconds).
     */
    private static Optional<Limit> rateLimit(Recording recording, Optional<Long> profileWindow,
                                             boolean forbiddenFirst) {
        for (ScenarioRun scenario : recording.scenarios()) {
            List<Step> steps = scenario.steps();
            for (int i = 0; i < steps.size(); i++) {
                Step refused = steps.get(i);
                if (refused.status() != 429) {
                    continue;
                }
                List<Step> before = new ArrayList<>(steps.subList(0, i).stream()
                        .filter(x -> x.client().equals(refused.client()) && x.status() != 429)
                        .filter(x -> !(forbiddenFirst && x.status() == 403)).toList());
                Optional<Long> window = profileWindow.or(() -> fromRetryAfter(refused, before));
                if (before.isEmpty() || window.isEmpty()) {
                    return Optional.empty();
                }
                long from = refused.atMs() - window.get() * 1000;
                long counted = before.stream().filter(x -> x.atMs() >= from).count();
                return Optional.of(new Limit(new RateLimitSpec((int) counted, Duration.ofSeconds(window.get())),
                        scenario.id() + ": " + counted + " requests answered before the first 429; window "
                                + window.get() + " s" + (profileWindow.isPresent() ? " (rate-limit profile)"
                                : " (Retry-After + time since the client's first request)")));
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> fromRetryAfter(Step refused, List<Step> before) {
        String retryAfter = refused.headers().getOrDefault("Retry-After", "absent");
        if (!retryAfter.matches("\\d+") || before.isEmpty()) {
            return Optional.empty();
        }
        long sinceFirst = refused.atMs() + refused.elapsedMs() - before.get(0).atMs();
        return Optional.of(Math.max(1, (long) Math.floor(Long.parseLong(retryAfter) + sinceFirst / 1000.0)));
    }

    private static Optional<Long> windowFromProfile(Optional<Path> profile) {
        return profile.filter(Files::isRegularFile).flatMap(p -> {
            try {
                for (JsonNode probe : Recording.MAPPER.readTree(p.toFile()).path("probes")) {
                    if (probe.path("windowSeconds").isNumber()) {
                        return Optional.of(Math.max(1, Math.round(probe.get("windowSeconds").asDouble())));
                    }
                }
                return Optional.empty();
            } catch (IOException e) {
                throw new IllegalArgumentException(p + " is not a rate-limit profile: " + e.getMessage());
            }
        });
    }
}
