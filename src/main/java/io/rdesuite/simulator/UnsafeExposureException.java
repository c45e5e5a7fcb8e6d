package io.rdesuite.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A configuration that would listen beyond loopback with the control API open or the demo clients accepted. The
 * message says what to add, in builder terms; {@link #missing()} lets a front end say it in its own (flags).
 */
public final class UnsafeExposureException extends IllegalArgumentException {

    private final String host;
    private final Set<Exposure.Missing> missing;

    UnsafeExposureException(String host, Set<Exposure.Missing> missing) {
        super(message(host, missing));
        this.host = host;
        this.missing = Set.copyOf(missing);
    }

    public String host() {
        return host;
    }

    public Set<Exposure.Missing> missing() {
        return missing;
    }

    private static String message(String host, Set<Exposure.Missing> missing) {
        List<String> add = new ArrayList<>();
        if (missing.contains(Exposure.Missing.CONTROL_API_PROTECTION)) {
            add.add("protect the control API with controlToken(...) or turn it off with controlApi(false)");
        }
        if (missing.contains(Exposure.Missing.OWN_CLIENTS)) {
            add.add("name its clients with clients(...), none with a demo client's published secret");
        }
        return "the simulator would listen on " + host + ", which is not loopback: " + String.join(", and ", add);
    }
}
