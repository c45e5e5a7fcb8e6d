package io.rdesuite.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.Defect;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.Variant;
import io.rdesuite.api.model.TaskResultDetails;
import io.rdesuite.api.model.TokenResponse;
import io.rdesuite.config.ConfigurationException;
import io.rdesuite.config.Settings;
import io.rdesuite.config.SimulatorControlToken;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives a simulator's control API under /__simulator: reset state, arm faults, change rate limits, timing,
 * outcomes, published-document defects and benign variants, read audit events, mint tokens. It sends no API token; given the
 * control token of a protected simulator, it sends that one as a bearer token (and never shows it).
 */
public final class SimulatorControl {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorControl.class);
    private static final String ROOT = "/__simulator";
    private static final Duration DETECT_TIMEOUT = Duration.ofSeconds(2);

    private final HttpCaller http;
    private final SimulatorControlToken token;

    /** The control API of a simulator that needs no control token (an in-process one). */
    public SimulatorControl(URI baseUri) {
        this(baseUri, null, HttpCaller.CONNECT_TIMEOUT);
    }

    /** The control API of a simulator started with this control token. */
    public SimulatorControl(URI baseUri, SimulatorControlToken token) {
        this(baseUri, Objects.requireNonNull(token, "token"), HttpCaller.CONNECT_TIMEOUT);
    }

    private SimulatorControl(URI baseUri, SimulatorControlToken token, Duration timeout) {
        this.http = new HttpCaller(baseUri, List.of(), RetryPolicy.none(), Sleeper.system(), Clock.systemUTC(),
                timeout, timeout.compareTo(HttpCaller.READ_TIMEOUT) < 0 ? timeout : HttpCaller.READ_TIMEOUT);
        this.token = token;
    }

    /**
     * {@link #detect(URI, Optional)} with the control token of the settings SAIL_SIMULATOR_CONTROL_TOKEN or
     * SAIL_SIMULATOR_CONTROL_TOKEN_FILE, if one is set.
     */
    public static Optional<SimulatorControl> detect(URI baseUri) {
        return detect(baseUri, SimulatorControlToken.resolve(Settings.fromSystem()));
    }

    /**
     * The simulator's control client when {@code baseUri} is a simulator: GET /__simulator/info answers 200 with
     * a JSON object that has a "simulator" field, or, when its control API is protected, 401 with such an object
     * and then 200 to the same call with {@code token} (which is sent only after that 401). Empty for a real
     * tenant, an unreachable address or any other answer, and for a protected simulator when no token is given
     * (with a warning saying what to set: the suite then treats it as a tenant). Throws
     * {@link ConfigurationException} when the simulator refuses the token.
     */
    public static Optional<SimulatorControl> detect(URI baseUri, Optional<SimulatorControlToken> token) {
        Probe open = probe(baseUri, null);
        if (open == Probe.SIMULATOR) {
            return Optional.of(new SimulatorControl(baseUri, token.orElse(null), HttpCaller.CONNECT_TIMEOUT));
        }
        if (open != Probe.PROTECTED_SIMULATOR) {
            return Optional.empty();
        }
        if (token.isEmpty()) {
            LOG.warn("{} is a simulator whose control API needs its control token: set {} (or {}) to use it; "
                    + "without it the suite treats it as a tenant", baseUri, Settings.SIMULATOR_CONTROL_TOKEN,
                    Settings.SIMULATOR_CONTROL_TOKEN_FILE);
            return Optional.empty();
        }
        if (probe(baseUri, token.get()) != Probe.SIMULATOR) {
            throw new ConfigurationException("The simulator at " + baseUri + " refused the control token of "
                    + Settings.SIMULATOR_CONTROL_TOKEN + " (or " + Settings.SIMULATOR_CONTROL_TOKEN_FILE
                    + "): set the token it was started with (its --control-token)");
        }
        return Optional.of(new SimulatorControl(baseUri, token.get()));
    }

    private enum Probe { SIMULATOR, PROTECTED_SIMULATOR, OTHER }

    private static Probe probe(URI baseUri, SimulatorControlToken token) {
        try {
            Response response = new SimulatorControl(baseUri, token, DETECT_TIMEOUT).send(Method.GET, "/info", null);
            int status = response.statusCode();
            if (status != 200 && status != 401) {
                return Probe.OTHER;
            }
            JsonNode info = Json.mapper().readTree(response.asByteArray());
            if (info == null || !info.isObject() || !info.has("simulator")) {
                return Probe.OTHER;
            }
            return status == 200 ? Probe.SIMULATOR : Probe.PROTECTED_SIMULATOR;
        } catch (IOException | RuntimeException notASimulator) {
            return Probe.OTHER;
        }
    }

    public URI baseUri() {
        return http.baseUri();
    }

    public JsonNode info() {
        return Json.read(call(Method.GET, "/info", null, 200), JsonNode.class);
    }

    public void reset() {
        call(Method.POST, "/reset", null, 204);
    }

    /** A reset that keeps the reports (running and ended): the suite's shared reports survive it. */
    public void resetKeepingReports() {
        call(Method.POST, "/reset?keep=reports", null, 204);
    }

    /**
     * Makes the next {@code count} calls of {@code operation} (startReport, getReportResult, getReport,
     * cancelReport or * for all) answer {@code status} after {@code latencyMs}.
     */
    public void armFault(String operation, int status, int count, long latencyMs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("operation", operation);
        body.put("status", status);
        body.put("count", count);
        body.put("latencyMs", latencyMs);
        call(Method.POST, "/faults", body, 201);
    }

    public void clearFaults() {
        call(Method.DELETE, "/faults", null);
    }

    /** Audit events, e.g. REPORT_DOWNLOADED for an auditable download, oldest first. */
    public List<JsonNode> auditEvents() {
        return Json.read(call(Method.GET, "/audit-events", null, 200), new TypeReference<>() { });
    }

    public List<TaskResultDetails> tasks() {
        return Json.read(call(Method.GET, "/tasks", null, 200), new TypeReference<>() { });
    }

    /** Sets limits such as "100/10s" (or "off") for all clients and for some client ids, escalation off. */
    public void setRateLimits(String defaultLimit, Map<String, String> perClient) {
        setRateLimits(defaultLimit, perClient, false);
    }

    public void setRateLimits(String defaultLimit, Map<String, String> perClient, boolean escalation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("default", defaultLimit);
        body.put("clients", perClient);
        body.put("escalation", escalation);
        call(Method.PUT, "/rate-limits", body, 200);
    }

    /** How long a report runs before it completes. */
    public void setReportDuration(Duration duration) {
        call(Method.PUT, "/settings", Map.of("reportDuration", duration.toMillis() + "ms"), 200);
    }

    /** The status reports of {@code type} end with, e.g. "WARNING" or "FAILURE". */
    public void setOutcome(ReportType type, String outcome) {
        call(Method.PUT, "/settings", Map.of("outcomes", Map.of(type.name(), outcome)), 200);
    }

    /** Switches on exactly these deliberate defects (none: an honest simulator again). */
    public void setDefects(Collection<Defect> defects) {
        call(Method.PUT, "/defects", Map.of("defects", defects.stream().map(Defect::name).toList()), 200);
    }

    /** Switches on exactly these benign variants (none: the simulator's own answers again). */
    public void setVariants(Collection<Variant> variants) {
        call(Method.PUT, "/variants", Map.of("variants", variants.stream().map(Variant::name).toList()), 200);
    }

    /** The benign variants on. */
    public Set<Variant> variants() {
        JsonNode names = Json.read(call(Method.GET, "/variants", null, 200), JsonNode.class).path("variants");
        Set<Variant> on = EnumSet.noneOf(Variant.class);
        names.forEach(n -> on.add(Variant.valueOf(n.asText())));
        return on;
    }

    /** A token for {@code clientId} that expires in {@code expiresInSeconds}; negative gives an expired one. */
    public TokenResponse mintToken(String clientId, long expiresInSeconds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", clientId);
        body.put("expiresIn", expiresInSeconds);
        return Json.read(call(Method.POST, "/tokens", body, 200), TokenResponse.class);
    }

    private Response call(Method method, String path, Object body, int... accepted) {
        return HttpCaller.require(send(method, path, body), method + " " + ROOT + path, accepted);
    }

    private Response send(Method method, String path, Object body) {
        byte[] json = body == null ? null : Json.bytes(body);
        return http.call(method, ROOT + path, request -> {
            RequestSpecification r = request.accept(ContentType.JSON);
            if (token != null) {
                r = r.header("Authorization", token.authorization());
            }
            return json == null ? r : r.contentType(ContentType.JSON).body(json);
        });
    }

    @Override
    public String toString() {
        return "SimulatorControl[" + http.baseUri() + ", control token " + (token == null ? "none" : "<redacted>")
                + "]";
    }

}
