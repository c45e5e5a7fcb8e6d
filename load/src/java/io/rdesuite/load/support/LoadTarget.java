package io.rdesuite.load.support;

import io.rdesuite.config.ConfigurationException;
import io.rdesuite.config.Settings;
import io.rdesuite.config.TargetConfig;
import io.rdesuite.simulator.ClientRegistration;
import io.rdesuite.simulator.ReportsSimulator;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.api.Scopes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where a simulation sends its load: the embedded simulator (the default: started in {@code before()} on
 * 127.0.0.1, port 0, with the limits the simulation asks for) or the target of SAIL_BASE_URL with the clients
 * SAIL_CLIENT_ID/SAIL_CLIENT_SECRET plus SAIL_LOAD_CLIENTS (id:secret,id:secret).
 *
 * <p>A simulation names the clients it needs with {@link #clients(String, int, RateLimitSpec)}; the embedded
 * simulator registers exactly those, a remote target hands out the configured ones (fewer when fewer exist).
 */
public final class LoadTarget implements AutoCloseable {

    public static final String LOAD_CLIENTS = "SAIL_LOAD_CLIENTS";

    private final TargetConfig config;
    private final List<LoadClient> remoteClients;
    private final List<LoadClient> embeddedClients = new ArrayList<>();
    private final SimulatorConfig.Builder simulatorConfig;
    private volatile ReportsSimulator simulator;
    private volatile String baseUrl;

    private LoadTarget(TargetConfig config, List<LoadClient> remoteClients) {
        this.config = config;
        this.remoteClients = remoteClients;
        this.simulatorConfig = SimulatorConfig.builder().requestLog(false).clients(List.of())
                .reportDuration(Duration.ofSeconds(2));
        this.baseUrl = config.embedded() ? null : config.baseUri().toString();
    }

    /**
     * Deliberate simulator defects for the embedded target (-Dload.simulator.defects=RETRY_AFTER_TOO_SHORT,...):
     * how the suite shows its gates failing against a broken service.
     */
    public static final String SIMULATOR_DEFECTS = "load.simulator.defects";

    public static LoadTarget fromSystem(LoadSettings settings) {
        return from(Settings.fromSystem(), settings);
    }

    public static LoadTarget from(Settings settings, LoadSettings load) {
        TargetConfig config = TargetConfig.resolve(settings);
        List<LoadClient> clients = new ArrayList<>();
        if (!config.embedded()) {
            config.credentials().ifPresent(c -> clients.add(new LoadClient(c.id(), c.secret(), load.expectedLimit())));
            for (String pair : settings.get(LOAD_CLIENTS, "").split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int colon = pair.indexOf(':');
                if (colon <= 0 || colon == pair.length() - 1) {
                    throw new ConfigurationException(LOAD_CLIENTS + " must be id:secret pairs separated by commas");
                }
                clients.add(new LoadClient(pair.substring(0, colon).trim(), pair.substring(colon + 1).trim(),
                        load.expectedLimit()));
            }
            if (clients.isEmpty()) {
                throw new ConfigurationException("load simulations need client credentials: set "
                        + "SAIL_CLIENT_ID/SAIL_CLIENT_SECRET (and SAIL_LOAD_CLIENTS for more clients)");
            }
        }
        LoadTarget target = new LoadTarget(config, clients);
        for (String name : settings.get(SIMULATOR_DEFECTS, "").split(",")) {
            if (!name.isBlank()) {
                target.simulatorConfig.defect(io.rdesuite.api.Defect.valueOf(name.trim()));
            }
        }
        return target;
    }

    public boolean embedded() {
        return config.embedded();
    }

    /** True for the embedded simulator and for any target on 127.0.0.0/8 or ::1. */
    public boolean loopback() {
        return config.isLoopback();
    }

    /**
     * {@code count} clients with read and manage scopes named PREFIX-1..PREFIX-count on the embedded simulator,
     * each limited to {@code limit}; on a remote target, the first {@code count} configured clients.
     */
    public List<LoadClient> clients(String prefix, int count, RateLimitSpec limit) {
        if (!embedded()) {
            return List.copyOf(remoteClients.subList(0, Math.min(count, remoteClients.size())));
        }
        List<LoadClient> made = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            LoadClient client = new LoadClient(prefix + "-" + i, prefix + "-" + i + "-secret", limit);
            made.add(client);
            embeddedClients.add(client);
            simulatorConfig.addClient(new ClientRegistration(client.id(), client.secret(),
                    Set.of(Scopes.READ, Scopes.MANAGE)));
            simulatorConfig.clientRateLimit(client.id(), limit);
        }
        return made;
    }

    /** Changes the embedded simulator's start configuration (report duration, defects); ignored for a remote target. */
    public LoadTarget configureSimulator(Consumer<SimulatorConfig.Builder> change) {
        change.accept(simulatorConfig);
        return this;
    }

    /** Starts the embedded simulator; a remote target needs nothing. */
    public void start() {
        if (embedded() && simulator == null) {
            simulator = ReportsSimulator.start(simulatorConfig.rateLimit(RateLimitSpec.OFF).build());
            baseUrl = simulator.baseUrl();
        }
    }

    public String baseUrl() {
        if (baseUrl == null) {
            throw new IllegalStateException("the embedded simulator is not started yet (start it in before())");
        }
        return baseUrl;
    }

    /** The simulator's control API is there: embedded, or a remote simulator answering /__simulator/info. */
    public boolean hasSimulatorControl() {
        return embedded();
    }

    public String describe() {
        return embedded() ? "embedded simulator" + (baseUrl == null ? "" : " at " + baseUrl)
                : config.baseUri() + (loopback() ? " (loopback)" : " (NOT loopback: capped)");
    }

    public Map<String, RateLimitSpec> limits() {
        java.util.LinkedHashMap<String, RateLimitSpec> m = new java.util.LinkedHashMap<>();
        (embedded() ? embeddedClients : remoteClients).forEach(c -> m.put(c.id(), c.limit()));
        return m;
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }
}
