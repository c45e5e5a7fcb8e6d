package io.rdesuite.simulator;

import io.rdesuite.api.Defect;

import io.rdesuite.simulator.http.RequestLog;
import io.rdesuite.simulator.http.Route;
import io.rdesuite.simulator.http.UndertowAdapter;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Reports Data Extraction API simulator as a library: {@code start} it on a loopback port (0 picks a free
 * one), read {@link #baseUrl()}, {@link #close()} it.
 */
public final class ReportsSimulator implements AutoCloseable {

    private static final Set<String> READ_SCOPES = Set.of(ClientRegistration.READ, ClientRegistration.MANAGE);
    private static final Set<String> MANAGE_SCOPES = Set.of(ClientRegistration.MANAGE);

    private final SimulatorState state;
    private final Undertow server;
    private final String baseUrl;
    private final RequestLog requestLog;

    private ReportsSimulator(SimulatorConfig config) {
        this.state = new SimulatorState(config);
        Gateway gateway = new Gateway(state);
        ReportsApi api = new ReportsApi(state);
        TokenEndpoint tokenEndpoint = new TokenEndpoint(state);
        ControlApi control = new ControlApi(state, api, tokenEndpoint, version());

        List<Route> routes = new ArrayList<>();
        routes.add(Route.form("POST", "/oauth/token", "token", tokenEndpoint::token));
        routes.add(Route.of("POST", "/v3/reports/run", "startReport",
                r -> gateway.handle("startReport", MANAGE_SCOPES, r, api::startReport)));
        routes.add(Route.of("GET", "/v3/reports/{taskResultId}/result", "getReportResult",
                r -> gateway.handle("getReportResult", READ_SCOPES, r, api::getReportResult)));
        routes.add(Route.of("POST", "/v3/reports/{id}/cancel", "cancelReport",
                r -> gateway.handle("cancelReport", MANAGE_SCOPES, r, api::cancelReport)));
        routes.add(Route.worker("GET", "/v3/reports/{taskResultId}", "getReport",
                r -> gateway.handle("getReport", READ_SCOPES, r, api::getReport)));
        if (config.controlApi()) {
            routes.add(Route.of("GET", "/__simulator/info", "info", control::info));
            routes.add(Route.of("POST", "/__simulator/reset", "reset", control::reset));
            routes.add(Route.of("GET", "/__simulator/faults", "faults", control::listFaults));
            routes.add(Route.of("POST", "/__simulator/faults", "faults", control::armFault));
            routes.add(Route.of("DELETE", "/__simulator/faults", "faults", control::clearFaults));
            routes.add(Route.of("GET", "/__simulator/audit-events", "audit", control::auditEvents));
            routes.add(Route.of("GET", "/__simulator/tasks", "tasks", control::tasks));
            routes.add(Route.of("GET", "/__simulator/rate-limits", "rateLimits", control::rateLimits));
            routes.add(Route.of("PUT", "/__simulator/rate-limits", "rateLimits", control::setRateLimits));
            routes.add(Route.of("GET", "/__simulator/settings", "settings", control::settings));
            routes.add(Route.of("PUT", "/__simulator/settings", "settings", control::setSettings));
            routes.add(Route.of("GET", "/__simulator/defects", "defects", control::defects));
            routes.add(Route.of("PUT", "/__simulator/defects", "defects", control::setDefects));
            routes.add(Route.of("POST", "/__simulator/tokens", "tokens", control::mintToken));
        }
        this.requestLog = config.requestLog() ? new RequestLog() : null;
        UndertowAdapter adapter = new UndertowAdapter(routes, state.errors,
                () -> state.defects.has(Defect.REQUEST_ID_MISSING), requestLog);
        this.server = Undertow.builder()
                .addHttpListener(config.port(), config.host())
                .setServerOption(UndertowOptions.ALWAYS_SET_DATE, true)
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, 1024L * 1024L)
                // without these Undertow's parser refuses raw UTF-8 in a URL or more than 1000 query parameters
                // with a bare 400 (no JSON body, no SLPT-Request-ID) before any simulator code runs
                .setServerOption(UndertowOptions.ALLOW_UNESCAPED_CHARACTERS_IN_URL, true)
                .setServerOption(UndertowOptions.MAX_PARAMETERS, 100_000)
                .setHandler(adapter)
                .build();
        server.start();
        InetSocketAddress address = (InetSocketAddress) server.getListenerInfo().get(0).getAddress();
        String host = address.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        this.baseUrl = "http://" + host + ":" + address.getPort();
        control.baseUrl(baseUrl);
    }

    public static ReportsSimulator start(SimulatorConfig config) {
        return new ReportsSimulator(config);
    }

    public static ReportsSimulator start() {
        return start(SimulatorConfig.builder().requestLog(false).build());
    }

    /** http://HOST:PORT, without a trailing slash and without /v3, as SAIL_BASE_URL. */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1));
    }

    public SimulatorConfig config() {
        return state.config;
    }

    /** In-process equivalent of POST /__simulator/reset. */
    public void reset() {
        state.reset();
    }

    /** Switches deliberate defects on (replacing those on before). */
    public void defects(Set<Defect> defects) {
        state.defects.set(defects);
    }

    public static String version() {
        String v = ReportsSimulator.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public void close() {
        server.stop();
        if (requestLog != null) {
            requestLog.close();
        }
    }
}
