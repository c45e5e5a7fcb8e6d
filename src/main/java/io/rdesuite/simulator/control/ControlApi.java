package io.rdesuite.simulator.control;

import static io.rdesuite.simulator.control.ControlRequests.bad;
import static io.rdesuite.simulator.control.ControlRequests.withBody;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Defect;
import io.rdesuite.api.Operation;
import io.rdesuite.api.Variant;
import io.rdesuite.simulator.ClientRegistration;
import io.rdesuite.simulator.SimulatorState;
import io.rdesuite.simulator.faults.FaultInjector;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import io.rdesuite.simulator.http.Route;
import io.rdesuite.simulator.http.SimJson;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The control API under /__simulator/: what a live tenant cannot be made to show (faults, limits, outcomes,
 * expired tokens, deliberate defects, benign variants) and what it does not tell (tasks, audit events, the API
 * versions it serves). It takes no API token;
 * started with a control token, every call needs that one as a bearer token.
 */
public final class ControlApi {

    static final String NAME = "reports-api-simulator";
    private static final String ROOT = "/__simulator";

    /** What a fault may name: an operationId, or * for any operation. */
    private static final Set<String> FAULT_OPERATIONS = faultOperations();

    private final SimulatorState state;
    private final ControlSettings settings;
    private final String version;
    private final ControlToken token;
    private volatile String baseUrl = "";

    public ControlApi(SimulatorState state, String version) {
        this.state = state;
        this.settings = new ControlSettings(state);
        this.version = version;
        this.token = state.config().controlToken();
    }

    public void baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public List<Route> routes() {
        return List.of(
                route("GET", "/info", this::info),
                route("POST", "/reset", this::reset),
                route("GET", "/faults", this::listFaults),
                route("POST", "/faults", this::armFault),
                route("DELETE", "/faults", this::clearFaults),
                route("GET", "/audit-events", request -> ApiResponse.json(200, state.audit().events())),
                route("GET", "/tasks", this::tasks),
                route("GET", "/rate-limits", settings::rateLimits),
                route("PUT", "/rate-limits", settings::setRateLimits),
                route("GET", "/settings", settings::settings),
                route("PUT", "/settings", settings::setSettings),
                route("GET", "/defects", settings::defects),
                route("PUT", "/defects", settings::setDefects),
                route("GET", "/variants", settings::variants),
                route("PUT", "/variants", settings::setVariants),
                route("POST", "/tokens", this::mintToken));
    }

    /** A control route; with a control token, a call without {@code Authorization: Bearer TOKEN} gets a 401. */
    private Route route(String method, String path, Function<ApiRequest, ApiResponse> handler) {
        if (token == null) {
            return Route.of(method, ROOT + path, handler);
        }
        return Route.of(method, ROOT + path, request -> token.admits(request.header("Authorization"))
                ? handler.apply(request) : unauthorized());
    }

    /** 401 naming the simulator (so a client can tell it from a tenant) and what to send; never the token. */
    private static ApiResponse unauthorized() {
        ObjectNode body = SimJson.MAPPER.createObjectNode();
        body.put("simulator", NAME);
        body.put("error", "The control API needs Authorization: Bearer <the control token the simulator was "
                + "started with>");
        return ApiResponse.json(401, body).header("WWW-Authenticate", "Bearer realm=\"" + ROOT + "\"");
    }

    private ApiResponse info(ApiRequest request) {
        ObjectNode body = SimJson.MAPPER.createObjectNode();
        body.put("simulator", NAME);
        body.put("version", version);
        body.put("baseUrl", baseUrl);
        body.set("settings", settings.settingsJson());
        ArrayNode versions = body.putArray("versions");
        for (ApiVersion v : ApiVersion.values()) {
            versions.addObject().put("label", v.label()).put("basePath", v.basePath());
        }
        ArrayNode available = body.putArray("defectsAvailable");
        for (Defect d : Defect.values()) {
            available.addObject().put("name", d.name()).put("description", d.description());
        }
        ArrayNode variants = body.putArray("variantsAvailable");
        for (Variant v : Variant.values()) {
            variants.addObject().put("name", v.name()).put("description", v.description());
        }
        return ApiResponse.json(200, body);
    }

    /** {@code ?keep=reports} keeps the reports (running and ended) and resets the rest. */
    private ApiResponse reset(ApiRequest request) {
        String keep = request.queryParam("keep");
        if (keep != null && !keep.equals("reports")) {
            return bad("keep takes 'reports' (or leave it out), not '" + keep + "'");
        }
        state.reset(keep != null);
        return ApiResponse.empty(204);
    }

    private ApiResponse armFault(ApiRequest request) {
        return withBody(request, body -> {
            for (String number : List.of("status", "count", "latencyMs")) {
                if (body.has(number) && !body.get(number).isIntegralNumber()) {
                    return bad(number + " must be a whole number");
                }
            }
            String operation = body.path("operation").asText(FaultInjector.ANY_OPERATION);
            int status = body.path("status").asInt(500);
            int count = body.path("count").asInt(1);
            long latency = body.path("latencyMs").asLong(0);
            if (!FAULT_OPERATIONS.contains(operation)) {
                return bad("operation must be one of " + FAULT_OPERATIONS);
            }
            if (status != 0 && (status < 400 || status > 599)) {
                return bad("status must be 0 (latency only) or 400..599");
            }
            if (count < 1 || latency < 0 || latency > 60_000) {
                return bad("count must be at least 1 and latencyMs within 0..60000");
            }
            FaultInjector.Fault fault = new FaultInjector.Fault(operation, status, count, latency);
            state.faults().arm(fault);
            return ApiResponse.json(201, fault);
        });
    }

    private ApiResponse listFaults(ApiRequest request) {
        return ApiResponse.json(200, state.faults().armed());
    }

    private ApiResponse clearFaults(ApiRequest request) {
        state.faults().clear();
        return ApiResponse.empty(204);
    }

    private ApiResponse tasks(ApiRequest request) {
        Instant now = state.engine().now();
        return ApiResponse.json(200, state.engine().all().stream().map(t -> state.views().taskView(t, now)).toList());
    }

    /** Mints a token for a configured client with any lifetime, a negative one giving an expired token. */
    private ApiResponse mintToken(ApiRequest request) {
        return withBody(request, body -> {
            ClientRegistration client = state.tokenEndpoint().client(body.path("clientId").asText(null));
            if (client == null) {
                return bad("clientId must name a configured client");
            }
            long seconds = body.path("expiresIn").asLong(state.config().tokenTtl().toSeconds());
            return state.tokenEndpoint().issue(client, Duration.ofSeconds(seconds));
        });
    }

    private static Set<String> faultOperations() {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(Operation.values()).map(Operation::id).forEach(names::add);
        names.add(FaultInjector.ANY_OPERATION);
        return Collections.unmodifiableSet(names);
    }
}
