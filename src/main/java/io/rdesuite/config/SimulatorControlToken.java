package io.rdesuite.config;

import static io.rdesuite.config.Settings.SIMULATOR_CONTROL_TOKEN;
import static io.rdesuite.config.Settings.SIMULATOR_CONTROL_TOKEN_FILE;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The token of a simulator's protected control API (its --control-token), from SAIL_SIMULATOR_CONTROL_TOKEN or
 * from the file SAIL_SIMULATOR_CONTROL_TOKEN_FILE names. Never shown: {@link #toString()} is redacted and no
 * message repeats it.
 */
public final class SimulatorControlToken {

    private static final int MAX_FILE = 4096;

    private final String value;

    private SimulatorControlToken(String value) {
        this.value = value;
    }

    /** Empty when neither setting is given; {@link ConfigurationException} with one line when one is unusable. */
    public static Optional<SimulatorControlToken> resolve(Settings settings) {
        Optional<String> token = settings.get(SIMULATOR_CONTROL_TOKEN);
        Optional<String> file = settings.get(SIMULATOR_CONTROL_TOKEN_FILE);
        if (token.isPresent() && file.isPresent()) {
            throw new ConfigurationException(SIMULATOR_CONTROL_TOKEN + " and " + SIMULATOR_CONTROL_TOKEN_FILE
                    + " are both set: set one");
        }
        return token.or(() -> file.map(SimulatorControlToken::read)).map(SimulatorControlToken::new);
    }

    /** The value of an Authorization header carrying the token. */
    public String authorization() {
        return "Bearer " + value;
    }

    private static String read(String name) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(Path.of(name))) {
            bytes = in.readNBytes(MAX_FILE + 1);
        } catch (IOException | InvalidPathException | SecurityException e) {
            throw new ConfigurationException(SIMULATOR_CONTROL_TOKEN_FILE + " names " + name + ", which cannot be "
                    + "read (" + e.getClass().getSimpleName() + "): set it to the file holding the control token");
        }
        String token = new String(bytes, StandardCharsets.UTF_8).strip();
        if (token.isEmpty() || bytes.length > MAX_FILE) {
            throw new ConfigurationException(SIMULATOR_CONTROL_TOKEN_FILE + " names " + name + ", which does not "
                    + "hold a token (" + (token.isEmpty() ? "it is empty" : "it is over " + MAX_FILE + " bytes")
                    + "): set it to the file holding the control token");
        }
        return token;
    }

    @Override
    public String toString() {
        return "SimulatorControlToken[<redacted>]";
    }
}
