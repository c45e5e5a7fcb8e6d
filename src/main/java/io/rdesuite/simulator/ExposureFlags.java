package io.rdesuite.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The program's side of {@link Exposure}: the control-token flags and the refusal in flag terms. */
final class ExposureFlags {

    private static final int MAX_TOKEN_FILE = 4096;

    private ExposureFlags() {
    }

    /** The token of --control-token or --control-token-file, or null; no message ever repeats it. */
    static String controlToken(String token, Path file, boolean noControlApi) {
        if (token != null && file != null) {
            throw new IllegalArgumentException("give --control-token or --control-token-file, not both");
        }
        if ((token != null || file != null) && noControlApi) {
            throw new IllegalArgumentException("a control token has no use with --no-control-api: give one or the other");
        }
        return file == null ? token : read(file);
    }

    private static String read(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_TOKEN_FILE + 1);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("--control-token-file: cannot read " + file + " ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > MAX_TOKEN_FILE) {
            throw new IllegalArgumentException("--control-token-file: " + file + " is longer than a token ("
                    + MAX_TOKEN_FILE + " bytes at most)");
        }
        return new String(bytes, StandardCharsets.UTF_8).strip();
    }

    /** One line: where it would listen and which flags to add. */
    static String refusal(UnsafeExposureException e, boolean clientsGiven) {
        List<String> add = new ArrayList<>();
        if (e.missing().contains(Exposure.Missing.CONTROL_API_PROTECTION)) {
            add.add("add --control-token-file FILE (or --control-token TOKEN) or --no-control-api");
        }
        if (e.missing().contains(Exposure.Missing.OWN_CLIENTS)) {
            add.add(clientsGiven
                    ? "give each --client a secret of its own (the demo clients' secrets are published)"
                    : "name at least one client with --client ID:SECRET:SCOPES (the demo clients are refused there)");
        }
        return "reports-simulator: refusing to listen on " + e.host() + ", which is not loopback: "
                + String.join(", and ", add);
    }
}
