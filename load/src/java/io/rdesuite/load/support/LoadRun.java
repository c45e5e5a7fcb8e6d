package io.rdesuite.load.support;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.http.response.Response;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.rdesuite.api.RateLimitSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * What one simulation run shares: flags, target, tokens, the rate-limit gate, the report tracker and the
 * results. A simulation makes one in its constructor, calls {@link #start()} in {@code before()} and
 * {@link #finish()} in {@code after()}.
 */
public final class LoadRun {

    public static final String CLIENT = "clientId";

    private final String name;
    private final LoadSettings settings;
    private final LoadTarget target;
    private final Tokens tokens;
    private final RateLimitGate gate;
    private final ReportTracker tracker = new ReportTracker();
    private final List<LoadClient> clients = new ArrayList<>();
    private final Map<String, Object> extraResults = new LinkedHashMap<>();
    private final List<String> attachments = new ArrayList<>();
    private LoadPlan plan;
    private long startedAt;

    private LoadRun(String name, LoadSettings settings, LoadTarget target) {
        this.name = name;
        this.settings = settings;
        this.target = target;
        this.tokens = new Tokens(target::baseUrl);
        this.gate = new RateLimitGate(this::limitOf, target.loopback() ? 50 : 500, settings.injectors() == 1);
    }

    public static LoadRun create(String name) {
        LoadSettings settings = LoadSettings.fromSystem();
        return new LoadRun(name, settings, LoadTarget.fromSystem(settings));
    }

    public static LoadRun create(String name, LoadSettings settings, LoadTarget target) {
        return new LoadRun(name, settings, target);
    }

    public String name() {
        return name;
    }

    public LoadSettings settings() {
        return settings;
    }

    public LoadProfile profile() {
        return settings.profile();
    }

    public LoadTarget target() {
        return target;
    }

    public RateLimitGate gate() {
        return gate;
    }

    public ReportTracker tracker() {
        return tracker;
    }

    public boolean dryRun() {
        return settings.dryRun();
    }

    /** Clients for this run (see {@link LoadTarget#clients}); refuses a run that needs more than exist. */
    public List<LoadClient> clients(String prefix, int count, RateLimitSpec embeddedLimit) {
        List<LoadClient> list = target.clients(prefix, count, embeddedLimit);
        if (list.isEmpty()) {
            throw new IllegalStateException(name + " needs at least one client");
        }
        list.stream().filter(c -> clients.stream().noneMatch(known -> known.id().equals(c.id())))
                .forEach(clients::add);
        tokens.register(list);
        return list;
    }

    public LoadRun configureSimulator(Consumer<io.rdesuite.simulator.SimulatorConfig.Builder> change) {
        target.configureSimulator(change);
        return this;
    }

    public RateLimitSpec limitOf(String clientId) {
        return clients.stream().filter(c -> c.id().equals(clientId)).map(LoadClient::limit).findFirst()
                .orElse(settings.expectedLimit());
    }

    /** True when this run may send more than the documented limit: a loopback target, or the opt-in flag. */
    public boolean mayExceedLimit() {
        return target.loopback() || settings.allowAboveLimit();
    }

    /**
     * The planned load, capped for a non-loopback target without the opt-in (rate at the clients' documented
     * budget, duration at load.maxDurationSeconds) and split by the number of injectors.
     */
    public LoadPlan plan(double requestsPerSecond, Duration duration, String shape) {
        double budget = clients.stream().mapToDouble(LoadClient::allowedRate).sum();
        double rate = settings.share(requestsPerSecond);
        Duration d = duration;
        boolean capped = false;
        if (!mayExceedLimit()) {
            if (rate > settings.share(budget)) {
                rate = settings.share(budget);
                capped = true;
            }
            if (d.compareTo(settings.maxDuration()) > 0) {
                d = settings.maxDuration();
                capped = true;
            }
        }
        plan = new LoadPlan(name, settings.profile(), target.describe(), clients.size(), rate, d, shape, capped,
                settings.injectors(), settings.injectorIndex());
        return plan;
    }

    public LoadPlan plan() {
        return plan;
    }

    /** Absolute URLs: the embedded simulator's port is known only once before() has started it. */
    public String url(String path) {
        return target.baseUrl() + path;
    }

    public String bearer(Session session) {
        return tokens.bearer(session.getString(CLIENT));
    }

    public String bearer(String clientId) {
        return tokens.bearer(clientId);
    }

    public HttpProtocolBuilder protocol() {
        return http.acceptHeader("application/json").userAgentHeader("rdesuite-load/gatling")
                .shareConnections().disableCaching().disableFollowRedirect();
    }

    /** Records an answer with the gate; used by every endpoint through transformResponse. */
    public Response observe(String operation, Response response, Session session) {
        String retryAfter = response.headers().get("Retry-After");
        gate.observe(session.userId(), new RateLimitGate.Observation(operation, session.getString(CLIENT),
                response.startTimestamp(), response.endTimestamp(), response.status().code(), retryAfter));
        return response;
    }

    /** How long a user waits after a 429: until the advised instant, else exponential backoff. */
    public Duration waitAfter429(Session session, int attempt) {
        OptionalLong advisedAt = gate.advisedAt(session.userId());
        if (advisedAt.isPresent()) {
            return Duration.ofMillis(Math.max(1, advisedAt.getAsLong() - System.currentTimeMillis() + 5));
        }
        return Duration.ofMillis(Math.min(8_000, 250L << Math.min(attempt, 5)));
    }

    /**
     * Bounds a run against a non-loopback target: a hard stop after the planned duration (plus a minute for
     * cleanup) and, without the opt-in, a throttle at the planned, capped rate.
     */
    public io.gatling.javaapi.core.Simulation.SetUp guard(io.gatling.javaapi.core.Simulation.SetUp setUp) {
        if (!target.loopback() && plan != null) {
            setUp.maxDuration(plan.duration().plusSeconds(60));
            if (!settings.allowAboveLimit()) {
                int rps = Math.max(1, (int) Math.floor(plan.requestsPerSecond()));
                setUp.throttle(io.gatling.javaapi.core.CoreDsl.reachRps(rps).in(Duration.ofSeconds(1)),
                        io.gatling.javaapi.core.CoreDsl.holdFor(plan.duration().plusSeconds(60)));
            }
        }
        return setUp;
    }

    /** The profile's open arrivals: constant in smoke and soak, a ramp from {@code rampFrom} users/s in ramp. */
    public OpenInjectionStep openArrivals(double usersPerSecond, double rampFrom, Duration duration) {
        return profile().pick(
                CoreDsl.constantUsersPerSec(usersPerSecond).during(duration),
                CoreDsl.rampUsersPerSec(rampFrom).to(usersPerSecond).during(duration),
                CoreDsl.constantUsersPerSec(usersPerSecond).during(duration));
    }

    /** In a dry run the one population: a user that sends nothing. */
    public PopulationBuilder dryRunPopulation() {
        return scenario(name + " (dry run)").exec(exec(session -> session))
                .injectOpen(io.gatling.javaapi.core.CoreDsl.atOnceUsers(1));
    }

    public void start() {
        startedAt = System.currentTimeMillis();
        if (plan != null) {
            System.out.println(plan.describe());
        }
        if (dryRun()) {
            System.out.println("[load] dry run: nothing is sent");
            return;
        }
        target.start();
        tokens.warmUp();
    }

    public void result(String key, Object value) {
        extraResults.put(key, value);
    }

    public void attach(String path) {
        attachments.add(path);
    }

    /** Cancels what is still running, checks the simulator runs nothing, writes coverage, summary and Allure. */
    public void finish() {
        try {
            if (dryRun()) {
                return;
            }
            int cancelled = tracker.cancelUnfinished(target::baseUrl, tokens::bearer);
            List<String> stillRunning = target.hasSimulatorControl()
                    ? ReportTracker.runningOnSimulator(target.baseUrl()) : tracker.unfinishedIds();
            extraResults.put("reportsStarted", tracker.startedCount());
            extraResults.put("cancelledInAfter", cancelled);
            extraResults.put("reportsLeftRunning", stillRunning.size());
            if (!stillRunning.isEmpty()) {
                System.err.println("[load] " + name + ": reports still running after cleanup: " + stillRunning);
            }
            new LoadResults(settings, name).write(this, extraResults, attachments, startedAt,
                    System.currentTimeMillis(), stillRunning);
        } finally {
            target.close();
        }
    }

    public static String percent(double v) {
        return String.format(Locale.ROOT, "%.1f %%", v);
    }
}
