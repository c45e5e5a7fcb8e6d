package io.rdesuite.verdict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Parameter;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.choices.OpenChoice;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import io.rdesuite.config.Settings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where an answer depends on an open choice ({@link OpenChoice}): the scenario calls {@link #observe}, which accepts
 * every honest value of that row, records which one the target showed, and fails only on what no honest value
 * allows, or, with a tenant profile ({@link Profile}), on another value than the profile pins. What was seen goes
 * where drift goes: one {@code <uuid>-observations.json} beside the Allure results (the coverage matrix lists them
 * under "what this target does where the documents are silent"), and a parameter on the running test.
 */
public final class Observations {

    public static final String FILE_SUFFIX = "-observations.json";
    /** The words of a skip that an observed honest choice makes (a check written for another honest answer). */
    public static final String HONEST_CHOICE_SKIP = "an honest choice, observed";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One thing seen: the row, the value (the registry's form), the version, and what was asked. */
    public record Observation(String row, String value, String version, String context) {
    }

    private Observations() {
    }

    /**
     * Judges and records what the target showed for {@code choice}: a status (as text), a name or a media type.
     * {@code context} completes "this target answered VALUE ..." ("to a cancel of a finished report").
     *
     * @return the value in the registry's form
     * @throws AssertionError when no honest value allows it, or the run's profile pins another, in one line
     */
    public static String observe(ApiVersion version, OpenChoice choice, String value, String context) {
        String verb = choice.kind() == OpenChoice.Kind.STATUS ? "answered " : "showed ";
        Optional<String> honest = choice.honest(value);
        if (honest.isEmpty()) {
            throw new AssertionError(choice.row() + ": this target " + verb + value + " " + context
                    + ", which no honest value allows (" + choice.oneOf() + ")");
        }
        record(new Observation(choice.row(), honest.get(), version.label(), context));
        Optional<Pin> pin = expected(choice);
        if (pin.isPresent() && !choice.same(pin.get().value(), honest.get())) {
            throw new AssertionError(choice.row() + ": this target " + verb + value + " " + context
                    + "; the profile says " + pin.get().value() + " (" + pin.get().source() + ")");
        }
        return honest.get();
    }

    /** What the run expects for a row, and where that comes from (a profile's name, or a property). */
    public record Pin(String value, String source) {
    }

    /**
     * The value the run expects for the row: the profile's pin, else (two rows) the older property that pins it
     * alone, {@code -Dreports.versionsShareState}, {@code -Dreports.rateLimitPerVersion}; empty: any honest value.
     */
    public static Optional<Pin> expected(OpenChoice choice) {
        Optional<Profile> profile = Profile.current();
        Optional<Pin> pinned = profile.flatMap(p -> p.pinned(choice).map(v -> new Pin(v, p.name())));
        if (pinned.isPresent() || !ALIASES.containsKey(choice)) {
            return pinned;
        }
        String property = ALIASES.get(choice);
        return Settings.fromSystem().get(property).map(v -> new Pin(v.trim().toLowerCase(java.util.Locale.ROOT),
                "-D" + property));
    }

    /** The properties that pinned one row each before profiles: documented aliases. */
    public static final Map<OpenChoice, String> ALIASES = Map.of(
            OpenChoice.VERSIONS_SHARE_STATE, Settings.EXPECT_VERSIONS_SHARE_STATE,
            OpenChoice.RATE_LIMIT_PER_VERSION, Settings.EXPECT_RATE_LIMIT_PER_VERSION);

    /** The observations one file holds. */
    public static List<Observation> read(Path file) {
        try {
            return List.of(JSON.readValue(file.toFile(), Observation[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read observations from " + file, e);
        }
    }

    private static void record(Observation observation) {
        AllureLifecycle allure = Allure.getLifecycle();
        try {
            allure.writeAttachment(UUID.randomUUID() + FILE_SUFFIX,
                    new ByteArrayInputStream(JSON.writeValueAsBytes(List.of(observation))));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        if (allure.getCurrentTestCase().isPresent()) {
            String name = "open choice " + observation.row();
            allure.updateTestCase(result -> {
                boolean shown = result.getParameters().stream()
                        .anyMatch(p -> name.equals(p.getName()) && observation.value().equals(p.getValue()));
                if (!shown) {
                    result.getParameters().add(new Parameter().setName(name).setValue(observation.value()));
                }
            });
        }
    }
}
