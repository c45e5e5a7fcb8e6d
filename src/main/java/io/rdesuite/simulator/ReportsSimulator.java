package io.rdesuite.simulator;

import io.rdesuite.api.Defect;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.api.Variant;
import io.rdesuite.simulator.auth.BearerAuth;
import io.rdesuite.simulator.control.ControlApi;
import io.rdesuite.simulator.defects.DefectContext;
import io.rdesuite.simulator.defects.DefectLayer;
import io.rdesuite.simulator.gateway.Gateway;
import io.rdesuite.simulator.gateway.HonestChecks;
import io.rdesuite.simulator.gateway.OperationHandler;
import io.rdesuite.simulator.http.RequestLog;
import io.rdesuite.simulator.http.Route;
import io.rdesuite.simulator.http.UndertowAdapter;
import io.rdesuite.simulator.operations.ReportOperations;
import io.rdesuite.simulator.reports.ReportEngine;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Reports Data Extraction API simulator as a library: {@code start} it on a loopback port (0 picks a free
 * one), read {@link #baseUrl()}, {@link #close()} it. Beyond loopback the configuration must protect or turn off
 * the control API and name its clients (see {@link Exposure}); no configuration that does not can be built.
 */
public final class ReportsSimulator implements AutoCloseable {

    private final SimulatorState state;
    private final Undertow server;
    private final String baseUrl;
    private final String listenUrl;
    private final RequestLog requestLog;

    private ReportsSimulator(SimulatorConfig config) {
        this.state = new SimulatorState(config);
        DefectLayer defects = new DefectLayer(state.defects(),
                new DefectContext(state.engine(), state.views(), config.csvContentType()));
        List<Route> routes = new ArrayList<>();
        routes.add(Route.form("POST", "/oauth/token", state.tokenEndpoint()::token));
        routes.addAll(apiRoutes(state, defects));
        ControlApi control = config.controlApi() ? new ControlApi(state, version()) : null;
        if (control != null) {
            routes.addAll(control.routes());
        }
        this.requestLog = config.requestLog() ? new RequestLog() : null;
        UndertowAdapter adapter = new UndertowAdapter(routes, defects.rewriter(), requestLog);
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
        this.listenUrl = "http://" + Exposure.urlHost(config.host(), address.getAddress()) + ":" + address.getPort();
        this.baseUrl = "http://" + Exposure.connectHost(config.host(), address.getAddress()) + ":" + address.getPort();
        if (control != null) {
            control.baseUrl(baseUrl);
        }
    }

    /**
     * One route per operation of the api table in each version's path family: the gateway's checks (the rate
     * limit counted for the version), then the operation over the shared reports or, while the versions do not
     * share state, over the version's own.
     */
    private static List<Route> apiRoutes(SimulatorState state, DefectLayer defects) {
        BearerAuth bearer = new BearerAuth(state.tokens());
        ReportOperations shared = operations(state, state.engine());
        List<Route> routes = new ArrayList<>();
        for (ApiVersion version : ApiVersion.values()) {
            HonestChecks honest = new HonestChecks(bearer, state.rateLimiter().forVersion(version), state.faults());
            Gateway gateway = new Gateway(defects.checks(honest, bearer, state.config().clients().get(0)),
                    () -> state.assumptions().checkOrder());
            ReportOperations own = operations(state, state.ownEngine(version));
            for (Operation operation : Operation.values()) {
                OperationHandler onShared = defects.repairing(operation, shared.handler(operation));
                OperationHandler onOwn = defects.repairing(operation, own.handler(operation));
                routes.add(Route.of(version, operation, ReportOperations.runsOnWorker(operation),
                        request -> gateway.handle(operation, request, state.versionsShareState() ? onShared : onOwn)));
            }
        }
        return routes;
    }

    private static ReportOperations operations(SimulatorState state, ReportEngine engine) {
        return new ReportOperations(engine, state.views(), state.files(), state.audit(),
                state.config().csvContentType(), state::assumptions);
    }

    public static ReportsSimulator start(SimulatorConfig config) {
        return new ReportsSimulator(config);
    }

    public static ReportsSimulator start() {
        return start(SimulatorConfig.builder().requestLog(false).build());
    }

    /**
     * http://HOST:PORT to connect to, without a trailing slash and without /v3, as SAIL_BASE_URL. Bound to every
     * interface (0.0.0.0 or ::), it names the loopback address of that family (127.0.0.1 or [::1]).
     */
    public String baseUrl() {
        return baseUrl;
    }

    /** http://HOST:PORT as bound, in the usual spelling: http://0.0.0.0:8089 for every IPv4 interface. */
    public String listenUrl() {
        return listenUrl;
    }

    public int port() {
        return Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1));
    }

    public SimulatorConfig config() {
        return state.config();
    }

    /** In-process equivalent of POST /__simulator/reset. */
    public void reset() {
        state.reset();
    }

    /** Switches deliberate defects on (replacing those on before). */
    public void defects(Set<Defect> defects) {
        state.defects().set(defects);
    }

    /** Switches benign variants on (replacing those on before). */
    public void variants(Set<Variant> variants) {
        state.defects().setVariants(variants);
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
