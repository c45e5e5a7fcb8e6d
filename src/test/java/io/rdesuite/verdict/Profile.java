package io.rdesuite.verdict;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.rdesuite.api.choices.OpenChoice;
import io.rdesuite.config.Settings;
import io.rdesuite.simulator.SimulatorSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant profile: the file calibration writes (the JSON of the simulator's {@code --settings}), given as
 * {@code -Dreports.profile=FILE} (or {@code SAIL_PROFILE}). Every open choice it names ({@link OpenChoice}) is
 * pinned: an observation of another value fails its cell with one line. The same file starts the embedded
 * simulator, so it behaves like that tenant. A profile describes an honest tenant: an unknown key, a value the
 * simulator cannot take or no honest tenant shows, a defect or a variant is one line
 * ({@link ProfileException}) that stops the run at the preflight.
 */
public final class Profile {

    public static final String PROPERTY = "reports.profile";
    public static final String ENV = "SAIL_PROFILE";

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static volatile Optional<Profile> current;
    private static volatile String currentSource;

    /** A profile that cannot be used, in one line naming the file and what is wrong. */
    public static final class ProfileException extends IllegalArgumentException {
        public ProfileException(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private final Path file;
    private final Map<OpenChoice, String> pinned;

    private Profile(Path file, Map<OpenChoice, String> pinned) {
        this.file = file;
        this.pinned = Collections.unmodifiableMap(pinned);
    }

    /** The file named by -Dreports.profile or SAIL_PROFILE, if any. */
    public static Optional<Path> named(Settings settings) {
        return settings.get(PROPERTY).or(() -> settings.get(ENV)).map(Path::of);
    }

    /** The run's profile (read once per file), or empty; a bad one throws {@link ProfileException}. */
    public static Optional<Profile> current() {
        Optional<Path> file = named(Settings.fromSystem());
        String source = file.map(Path::toString).orElse("");
        if (current == null || !source.equals(currentSource)) {
            synchronized (Profile.class) {
                current = file.map(Profile::read);
                currentSource = source;
            }
        }
        return current;
    }

    /** Reads and checks a profile. */
    public static Profile read(Path file) {
        String name = PROPERTY + "=" + file;
        SimulatorSettings settings;
        JsonNode json;
        try {
            settings = SimulatorSettings.read(file);
            json = STRICT.readTree(file.toFile());
        } catch (SimulatorSettings.SettingsException e) {
            throw new ProfileException(PROPERTY + "=" + e.getMessage());
        } catch (IOException e) {
            throw new ProfileException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        if (settings.defects().filter(d -> !d.isEmpty()).isPresent()
                || settings.variants().filter(v -> !v.isEmpty()).isPresent()) {
            throw new ProfileException(name + ": names " + (settings.defects().filter(d -> !d.isEmpty()).isPresent()
                    ? "a defect " + settings.defects().get() : "a variant " + settings.variants().get())
                    + "; a profile describes an honest tenant (defects and variants are the simulator's own levers)");
        }
        Map<OpenChoice, String> pinned = new EnumMap<>(OpenChoice.class);
        for (OpenChoice choice : OpenChoice.values()) {
            JsonNode value = json.at("/" + choice.key().replace('.', '/'));
            if (value.isMissingNode() || value.isNull()) {
                continue;
            }
            Optional<String> honest = choice.honest(value.asText());
            if (honest.isEmpty()) {
                throw new ProfileException(name + ": '" + choice.key() + "' is " + value.asText() + ", which no honest "
                        + "tenant shows for " + choice.row() + " (" + choice.oneOf() + ")");
            }
            pinned.put(choice, honest.get());
        }
        return new Profile(file, pinned);
    }

    /** The value the profile pins for the row, if it names it. */
    public Optional<String> pinned(OpenChoice choice) {
        return Optional.ofNullable(pinned.get(choice));
    }

    /** Every pinned row, in the registry's order. */
    public Map<OpenChoice, String> pinned() {
        return pinned;
    }

    public Path file() {
        return file;
    }

    /** The file's name, as failure lines give it. */
    public String name() {
        return file.getFileName().toString();
    }

    /** Forgets the profile read, so the next {@link #current()} reads the properties again (self-checks). */
    public static void forget() {
        current = null;
        currentSource = null;
    }
}
