package io.rdesuite.simulator.control;

import static io.rdesuite.simulator.control.ControlRequests.bad;
import static io.rdesuite.simulator.control.ControlRequests.withBody;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.Defect;
import io.rdesuite.api.Durations;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.api.Variant;
import io.rdesuite.api.choices.OpenChoice;
import io.rdesuite.simulator.Assumptions;
import io.rdesuite.simulator.SimulatorSettings;
import io.rdesuite.simulator.SimulatorState;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import io.rdesuite.simulator.http.SimJson;
import io.rdesuite.simulator.ratelimit.RateLimiter;
import io.rdesuite.simulator.reports.Retention;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings a test may change at run time: report duration and outcomes, how long finished reports are kept,
 * rate limits, deliberate defects, benign variants, the choices about open behaviour ({@link Assumptions}), the report
 * files' columns ({@code csvHeaders}: files made from then on).
 */
final class ControlSettings {

    private final SimulatorState state;

    ControlSettings(SimulatorState state) {
        this.state = state;
    }

    ApiResponse settings(ApiRequest request) {
        return ApiResponse.json(200, settingsJson());
    }

    /**
     * Any subset of the keys GET answers ({@link SimulatorSettings}): all of them checked before any is applied. The
     * keys fixed at start (the registry says which) may only repeat their value; clients is read-only.
     */
    ApiResponse setSettings(ApiRequest request) {
        return withBody(request, body -> {
            SimulatorSettings change = SimulatorSettings.of(body);
            String fixed = fixedAtStart(body);
            if (fixed != null) {
                return bad(fixed);
            }
            Retention retention = change.retention(state.engine().retention()).orElse(null);
            change.reportDuration().ifPresent(state.engine()::setDuration);
            change.outcomes().forEach(state.engine()::setOutcome);
            change.runningResultView().ifPresent(state.views()::runningResultView);
            if (retention != null) {
                state.engine().retention(retention);
            }
            RateLimiter limiter = state.rateLimiter();
            if (change.rateLimit().isPresent() || change.clientRateLimits().isPresent()
                    || change.escalation().isPresent()) {
                limiter.configure(change.rateLimit().orElse(limiter.defaultLimit()),
                        change.clientRateLimits().orElse(limiter.clientLimits()),
                        change.escalation().orElse(limiter.escalation()));
            }
            change.defects().ifPresent(state.defects()::set);
            change.variants().ifPresent(state.defects()::setVariants);
            change.rateLimitPerVersion().ifPresent(limiter::perVersion);
            state.assumptions(change.assumptions(state.assumptions()));
            change.versionsShareState().ifPresent(state::versionsShareState);
            change.csvHeaders().ifPresent(state.files()::csvHeaders);
            ObjectNode answer = settingsJson();
            if (!change.notes().isEmpty()) {
                change.notes().forEach(answer.putArray("notes")::add);
            }
            return ApiResponse.json(200, answer);
        });
    }

    /**
     * Null when no key fixed at start (the registry's, {@link OpenChoice#fixedAtStart()}) asks for another value than
     * it has, else what to do instead.
     */
    private String fixedAtStart(JsonNode body) {
        ObjectNode now = settingsJson();
        for (OpenChoice choice : OpenChoice.values()) {
            String pointer = "/" + choice.key().replace('.', '/');
            JsonNode given = body.at(pointer);
            if (choice.fixedAtStart() && !given.isMissingNode()
                    && !choice.same(given.asText(), now.at(pointer).asText())) {
                return fixed(choice.key(), choice.flag(), now.at(pointer).asText());
            }
        }
        return null;
    }

    private static String fixed(String key, String flag, String value) {
        return "'" + key + "' is fixed when the simulator starts (" + flag + ", or --settings FILE); it is " + value;
    }

    ApiResponse rateLimits(ApiRequest request) {
        return ApiResponse.json(200, rateLimitsJson());
    }

    ApiResponse setRateLimits(ApiRequest request) {
        RateLimiter limiter = state.rateLimiter();
        return withBody(request, body -> {
            RateLimitSpec defaultLimit = body.has("default")
                    ? RateLimitSpec.parse(body.get("default").asText()) : limiter.defaultLimit();
            Map<String, RateLimitSpec> clients = new LinkedHashMap<>(limiter.clientLimits());
            if (body.has("clients")) {
                clients.clear();
                body.get("clients").fields().forEachRemaining(e -> clients.put(e.getKey(),
                        RateLimitSpec.parse(e.getValue().asText())));
            }
            limiter.configure(defaultLimit, clients, body.path("escalation").asBoolean(limiter.escalation()));
            if (body.has("perVersion")) {
                limiter.perVersion(body.get("perVersion").asBoolean());
            }
            return ApiResponse.json(200, rateLimitsJson());
        });
    }

    ApiResponse defects(ApiRequest request) {
        return ApiResponse.json(200, Map.of("defects", state.defects().active()));
    }

    ApiResponse setDefects(ApiRequest request) {
        return withBody(request, body -> {
            Set<Defect> defects = EnumSet.noneOf(Defect.class);
            for (JsonNode n : body.path("defects")) {
                try {
                    defects.add(Defect.valueOf(n.asText()));
                } catch (IllegalArgumentException e) {
                    return bad("unknown defect '" + n.asText() + "'; GET /__simulator/info lists them");
                }
            }
            state.defects().set(defects);
            return ApiResponse.json(200, Map.of("defects", state.defects().active()));
        });
    }

    ApiResponse variants(ApiRequest request) {
        return ApiResponse.json(200, variantsJson());
    }

    /** {"variants": [names]}: exactly these on ("all": every one); an unknown name changes nothing and is a 400. */
    ApiResponse setVariants(ApiRequest request) {
        return withBody(request, body -> {
            if (!body.path("variants").isArray()) {
                return bad("variants must be an array of names; GET /__simulator/info lists them");
            }
            List<String> names = new ArrayList<>();
            body.get("variants").forEach(n -> names.add(n.asText()));
            try {
                state.defects().setVariants(Variant.named(names));
            } catch (IllegalArgumentException e) {
                return bad(e.getMessage() + "; GET /__simulator/info lists them");
            }
            return ApiResponse.json(200, variantsJson());
        });
    }

    private ObjectNode variantsJson() {
        ObjectNode v = SimJson.MAPPER.createObjectNode();
        ArrayNode names = v.putArray("variants");
        state.defects().variants().stream().map(Enum::name).sorted().forEach(names::add);
        return v;
    }

    ObjectNode settingsJson() {
        ObjectNode s = SimJson.MAPPER.createObjectNode();
        ArrayNode clients = s.putArray("clients");
        state.config().clients().forEach(c -> {
            ObjectNode n = clients.addObject().put("clientId", c.clientId());
            c.scopes().forEach(n.putArray("scopes")::add);
        });
        s.set("rateLimits", rateLimitsJson());
        s.put("reportDuration", Durations.format(state.engine().duration()));
        ObjectNode outcomes = s.putObject("outcomes");
        state.engine().outcomes().forEach((type, outcome) -> outcomes.put(type.name(), outcome.name()));
        s.put("tokenTtl", Durations.format(state.config().tokenTtl()));
        s.put("seed", state.config().seed());
        s.put("runningResultView", state.views().runningResultView().name());
        s.put("csvContentType", state.config().csvContentType());
        ArrayNode defects = s.putArray("defects");
        state.defects().active().stream().map(Enum::name).sorted().forEach(defects::add);
        s.put("retention", state.engine().retention().toString());
        s.set("variants", variantsJson().get("variants"));
        s.put("versionsShareState", state.versionsShareStateConfigured());
        Assumptions assumptions = state.assumptions();
        s.put("cancelUnknownId", assumptions.cancelUnknownId());
        s.put("cancelFinished", assumptions.cancelFinished());
        s.put("getReportBeforeCompletion", assumptions.getReportBeforeCompletion());
        s.put("checkOrder", assumptions.checkOrder().name());
        ObjectNode csvHeaders = s.putObject("csvHeaders");
        state.files().csvHeaders().forEach((key, columns) -> columns.forEach(csvHeaders.putArray(key)::add));
        return s;
    }

    private ObjectNode rateLimitsJson() {
        RateLimiter limiter = state.rateLimiter();
        ObjectNode r = SimJson.MAPPER.createObjectNode();
        r.put("default", limiter.defaultLimit().toString());
        ObjectNode clients = r.putObject("clients");
        limiter.clientLimits().forEach((id, spec) -> clients.put(id, spec.toString()));
        r.put("escalation", limiter.escalation());
        r.put("perVersion", limiter.perVersionConfigured());
        return r;
    }
}
