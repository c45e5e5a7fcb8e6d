package io.rdesuite.simulator;

import io.rdesuite.simulator.control.ControlToken;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the simulator listens and what that exposes. Loopback is 127.0.0.0/8, ::1 and the name localhost; any
 * other address or name (names are not resolved) is a network, where the control API must be protected by a
 * token or turned off and the demo clients, whose secrets are published, are refused.
 */
public final class Exposure {

    /** What a simulator bound beyond loopback lacks. */
    public enum Missing {
        /** The control API is served without a token. */
        CONTROL_API_PROTECTION,
        /** A client with a published demo secret is accepted. */
        OWN_CLIENTS
    }

    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private Exposure() {
    }

    /** True for 127.0.0.0/8, ::1 (bracketed or not) and localhost; false for anything else, names included. */
    public static boolean isLoopback(String host) {
        String h = unbracketed(host);
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        InetAddress literal = literal(h);
        return literal != null && literal.isLoopbackAddress();
    }

    /** True for the addresses that mean every interface: 0.0.0.0 and ::. */
    public static boolean isWildcard(String host) {
        InetAddress literal = literal(unbracketed(host));
        return literal != null && literal.isAnyLocalAddress();
    }

    /** What a simulator with these settings lacks to listen on {@code host}; empty on loopback. */
    public static Set<Missing> missing(String host, boolean controlApi, ControlToken controlToken,
                                       List<ClientRegistration> clients) {
        Set<Missing> missing = EnumSet.noneOf(Missing.class);
        if (isLoopback(host)) {
            return missing;
        }
        if (controlApi && controlToken == null) {
            missing.add(Missing.CONTROL_API_PROTECTION);
        }
        if (clients.stream().anyMatch(Exposure::isDemoClient)) {
            missing.add(Missing.OWN_CLIENTS);
        }
        return missing;
    }

    /** A client that has the id and published secret of one of the demo clients. */
    static boolean isDemoClient(ClientRegistration client) {
        return ClientRegistration.DEMO_CLIENTS.stream().anyMatch(demo ->
                demo.clientId().equals(client.clientId()) && demo.secret().equals(client.secret()));
    }

    /**
     * One line on what answers where, e.g. "exposed on all interfaces: the API; control API protected by a
     * token" or "loopback only: the API; control API open".
     */
    public static String describe(SimulatorConfig config) {
        String where = isLoopback(config.host()) ? "loopback only"
                : isWildcard(config.host()) ? "exposed on all interfaces" : "exposed on " + config.host();
        String control = !config.controlApi() ? "off"
                : config.controlToken() != null ? "protected by a token" : "open";
        return where + ": the API; control API " + control;
    }

    /**
     * The host as a URL shows it: an address literal as given (IPv6 in brackets), so 0.0.0.0 stays 0.0.0.0;
     * a name as {@code bound}, the address it was bound to.
     */
    static String urlHost(String host, InetAddress bound) {
        String h = unbracketed(host);
        InetAddress literal = literal(h);
        if (literal == null) {
            h = bound.getHostAddress();
        }
        return h.contains(":") ? "[" + h + "]" : h;
    }

    /** A host to connect to: loopback of the same family for a wildcard bind, else the host as a URL shows it. */
    static String connectHost(String host, InetAddress bound) {
        if (isWildcard(host)) {
            return unbracketed(host).contains(":") ? "[::1]" : "127.0.0.1";
        }
        return urlHost(host, bound);
    }

    private static String unbracketed(String host) {
        String h = host == null ? "" : host.trim();
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    /** The address an IP literal names, without any name lookup; null for a name or a malformed literal. */
    private static InetAddress literal(String host) {
        if (!IPV4.matcher(host).matches() && !IPV6.matcher(host).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(host.toLowerCase(Locale.ROOT));
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }
}
