package io.rdesuite.simulator;
import io.rdesuite.api.Durations;

import io.rdesuite.api.Defect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.faults.FaultInjector;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import io.rdesuite.simulator.http.ErrorBodies;
import io.rdesuite.simulator.http.SimJson;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.simulator.reports.Outcome;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The control API under /__simulator/: what a live tenant cannot be made to show (faults, limits, outcomes,
 * expired tokens, deliberate defects) and what it does not tell (tasks, audit events). No bearer token.
 */
final class ControlApi {

    static final String NAME = "reports-api-simulator";
    private static final Set<String> OPERATIONS = Set.of("startReport", "getReportResult", "getReport",
            "cancelReport", FaultInjector.ANY_OPERATION);

    private final SimulatorState state;
    private final ReportsApi api;
    private final TokenEndpoint tokenEndpoint;
    private final String version;
    private volatile String baseUrl = "";

    ControlApi(SimulatorState state, ReportsApi api, TokenEndpoint tokenEndpoint, String version) {
        this.state = state;
        this.api = api;
        this.tokenEndpoint = tokenEndpoint;
        this.version = version;
    }

    void baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    ApiResponse info(ApiRequest request) {
        ObjectNode body = SimJson.MAPPER.createObjectNode();
        body.put("simulator", NAME);
        body.put("version", version);
        body.put("baseUrl", baseUrl);
        body.set("settings", settingsJson());
        ArrayNode available = body.putArray("defectsAvailable");
        for (Defect d : Defect.values()) {
            available.addObject().put("name", d.name()).put("description", d.description());
        }
        return ApiResponse.json(200, body);
    }

    ApiResponse reset(ApiRequest request) {
        state.reset();
        return ApiResponse.empty(204);
    }

    ApiResponse armFault(ApiRequest request) {
        JsonNode body;
        try {
            body = object(request);
        } catch (IOException e) {
            return bad(e.getMessage());
        }
        for (String number : List.of("status", "count", "latencyMs")) {
            if (body.has(number) && !body.get(number).isIntegralNumber()) {
                return bad(number + " must be a whole number");
            }
        }
        String operation = body.path("operation").asText(FaultInjector.ANY_OPERATION);
        int status = body.path("status").asInt(500);
        int count = body.path("count").asInt(1);
        long latency = body.path("latencyMs").asLong(0);
        if (!OPERATIONS.contains(operation)) {
            return bad("operation must be one of " + OPERATIONS);
        }
        if (status != 0 && (status < 400 || status > 599)) {
            return bad("status must be 0 (latency only) or 400..599");
        }
        if (count < 1 || latency < 0 || latency > 60_000) {
            return bad("count must be at least 1 and latencyMs within 0..60000");
        }
        FaultInjector.Fault fault = new FaultInjector.Fault(operation, status, count, latency);
        state.faults.arm(fault);
        return ApiResponse.json(201, fault);
    }

    ApiResponse listFaults(ApiRequest request) {
        return ApiResponse.json(200, state.faults.armed());
    }

    ApiResponse clearFaults(ApiRequest request) {
        state.faults.clear();
        return ApiResponse.empty(204);
    }

    ApiResponse auditEvents(ApiRequest request) {
        return ApiResponse.json(200, state.audit.events());
    }

    ApiResponse tasks(ApiRequest request) {
        var now = state.engine.now();
        return ApiResponse.json(200, state.engine.all().stream().map(t -> api.taskView(t, now)).toList());
    }

    ApiResponse rateLimits(ApiRequest request) {
        return ApiResponse.json(200, rateLimitsJson());
    }

    ApiResponse setRateLimits(ApiRequest request) {
        try {
            JsonNode body = object(request);
            RateLimitSpec defaultLimit = body.has("default")
                    ? RateLimitSpec.parse(body.get("default").asText()) : state.rateLimiter.defaultLimit();
            Map<String, RateLimitSpec> clients = new LinkedHashMap<>(state.rateLimiter.clientLimits());
            if (body.has("clients")) {
                clients.clear();
                body.get("clients").fields().forEachRemaining(e -> clients.put(e.getKey(),
                        RateLimitSpec.parse(e.getValue().asText())));
            }
            boolean escalation = body.path("escalation").asBoolean(state.rateLimiter.escalation());
            state.rateLimiter.configure(defaultLimit, clients, escalation);
            return ApiResponse.json(200, rateLimitsJson());
        } catch (IOException | IllegalArgumentException e) {
            return bad(e.getMessage());
        }
    }

    ApiResponse settings(ApiRequest request) {
        return ApiResponse.json(200, settingsJson());
    }

    ApiResponse setSettings(ApiRequest request) {
        try {
            JsonNode body = object(request);
            Duration duration = body.has("reportDuration")
                    ? Durations.parse(body.get("reportDuration").asText()) : null;
            if (duration != null && duration.isNegative()) {
                return bad("reportDuration cannot be negative");
            }
            Map<ReportType, Outcome> outcomes = new LinkedHashMap<>();
            if (body.has("outcomes")) {
                var it = body.get("outcomes").fields();
                while (it.hasNext()) {
                    var e = it.next();
                    outcomes.put(reportType(e.getKey()), Outcome.parse(e.getValue().asText()));
                }
            }
            SimulatorConfig.RunningResultView view = body.has("runningResultView")
                    ? SimulatorConfig.RunningResultView.valueOf(body.get("runningResultView").asText().toUpperCase(Locale.ROOT))
                    : null;
            if (duration != null) {
                state.engine.setDuration(duration);
            }
            outcomes.forEach(state.engine::setOutcome);
            if (view != null) {
                state.runningResultView = view;
            }
            return ApiResponse.json(200, settingsJson());
        } catch (IOException | IllegalArgumentException e) {
            return bad(e.getMessage());
        }
    }

    ApiResponse defects(ApiRequest request) {
        return ApiResponse.json(200, Map.of("defects", state.defects.active()));
    }

    ApiResponse setDefects(ApiRequest request) {
        try {
            JsonNode body = object(request);
            Set<Defect> defects = EnumSet.noneOf(Defect.class);
            for (JsonNode n : body.path("defects")) {
                try {
                    defects.add(Defect.valueOf(n.asText()));
                } catch (IllegalArgumentException e) {
                    return bad("unknown defect '" + n.asText() + "'; GET /__simulator/info lists them");
                }
            }
            state.defects.set(defects);
            return ApiResponse.json(200, Map.of("defects", state.defects.active()));
        } catch (IOException e) {
            return bad(e.getMessage());
        }
    }

    /** Mints a token for a configured client with any lifetime, a negative one giving an expired token. */
    ApiResponse mintToken(ApiRequest request) {
        try {
            JsonNode body = object(request);
            ClientRegistration client = state.client(body.path("clientId").asText(null));
            if (client == null) {
                return bad("clientId must name a configured client");
            }
            long seconds = body.path("expiresIn").asLong(state.config.tokenTtl().toSeconds());
            return tokenEndpoint.issue(client, Duration.ofSeconds(seconds));
        } catch (IOException e) {
            return bad(e.getMessage());
        }
    }

    private ObjectNode settingsJson() {
        ObjectNode s = SimJson.MAPPER.createObjectNode();
        ArrayNode clients = s.putArray("clients");
        state.config.clients().forEach(c -> {
            ObjectNode n = clients.addObject().put("clientId", c.clientId());
            c.scopes().forEach(n.putArray("scopes")::add);
        });
        s.set("rateLimits", rateLimitsJson());
        s.put("reportDuration", Durations.format(state.engine.duration()));
        ObjectNode outcomes = s.putObject("outcomes");
        state.engine.outcomes().forEach((type, outcome) -> outcomes.put(type.name(), outcome.name()));
        s.put("tokenTtl", Durations.format(state.config.tokenTtl()));
        s.put("seed", state.config.seed());
        s.put("runningResultView", state.runningResultView.name());
        s.put("csvContentType", state.config.csvContentType());
        ArrayNode defects = s.putArray("defects");
        state.defects.active().stream().map(Enum::name).sorted().forEach(defects::add);
        return s;
    }

    private ObjectNode rateLimitsJson() {
        ObjectNode r = SimJson.MAPPER.createObjectNode();
        r.put("default", state.rateLimiter.defaultLimit().toString());
        ObjectNode clients = r.putObject("clients");
        state.rateLimiter.clientLimits().forEach((id, spec) -> clients.put(id, spec.toString()));
        r.put("escalation", state.rateLimiter.escalation());
        return r;
    }

    private static ReportType reportType(String name) {
        try {
            return ReportType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not a report type");
        }
    }

    private static JsonNode object(ApiRequest request) throws IOException {
        if (request.body().length == 0) {
            return SimJson.MAPPER.createObjectNode();
        }
        JsonNode node;
        try {
            node = SimJson.read(request.body());
        } catch (IOException e) {
            throw new IOException("the body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new IOException("the body must be a JSON object");
        }
        return node;
    }

    private ApiResponse bad(String text) {
        return ApiResponse.json(400, state.errors.dto(ErrorBodies.ILLEGAL_VALUE, text));
    }
}
