package io.rdesuite.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.Durations;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.simulator.SimulatorConfig.RunningResultView;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Loads a simulator settings file into a {@link SimulatorConfig.Builder}: through the simulator's own loader,
 * {@code io.rdesuite.simulator.SimulatorSettings.apply(Path, Builder)}, where this build has it; otherwise the keys
 * the builder has today (reportDuration, runningResultView, csvContentType, rateLimits.default), naming those it
 * cannot apply.
 */
final class SettingsFile {

    static final String LOADER = "io.rdesuite.simulator.SimulatorSettings";
    private static final Set<String> APPLIED_HERE = Set.of("reportDuration", "runningResultView", "csvContentType",
            "rateLimits");

    /** The builder and the keys of the file it could not apply (none with the simulator's own loader). */
    record Applied(SimulatorConfig.Builder builder, List<String> notApplied) {
    }

    private SettingsFile() {
    }

    static Applied apply(Path file, SimulatorConfig.Builder builder) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no simulator settings file at " + file);
        }
        try {
            Method apply = Class.forName(LOADER).getMethod("apply", Path.class, SimulatorConfig.Builder.class);
            return new Applied((SimulatorConfig.Builder) apply.invoke(null, file, builder), List.of());
        } catch (ClassNotFoundException | NoSuchMethodException notInThisBuild) {
            return applyKnown(file, builder);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalArgumentException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether this build's simulator loads every key of the settings file itself. */
    static boolean simulatorLoadsSettings() {
        try {
            Class.forName(LOADER);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Applied applyKnown(Path file, SimulatorConfig.Builder b) {
        JsonNode s;
        try {
            s = Recording.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a settings file: " + e.getMessage().lines().findFirst()
                    .orElse(""));
        }
        if (s.has("reportDuration")) {
            b.reportDuration(Durations.parse(s.get("reportDuration").asText()));
        }
        if (s.has("runningResultView")) {
            b.runningResultView(RunningResultView.valueOf(s.get("runningResultView").asText()
                    .toUpperCase(Locale.ROOT)));
        }
        if (s.has("csvContentType")) {
            b.csvContentType(s.get("csvContentType").asText());
        }
        if (s.path("rateLimits").has("default")) {
            b.rateLimit(RateLimitSpec.parse(s.get("rateLimits").get("default").asText()));
        }
        List<String> notApplied = new ArrayList<>();
        for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!APPLIED_HERE.contains(key)) {
                notApplied.add(key);
            }
        }
        return new Applied(b, List.copyOf(notApplied));
    }
}
