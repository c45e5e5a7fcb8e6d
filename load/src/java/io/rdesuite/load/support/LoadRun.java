package io.rdesuite.load.support;

import io.gatling.http.response.Response;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Session;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.api.model.TaskResultDetails;
import io.rdesuite.client.ReportCleanup;
import io.rdesuite.client.ReportTracker;
import io.rdesuite.client.ReportsClient;
import io.rdesuite.config.ConfigurationException;
import io.rdesuite.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * What one simulation run shares: flags, target, clients and their tokens, the rate-limit gate, the report
 * tracker and the results. {@link LoadSimulation} makes one per simulation, starts it in {@code before()} and
 * finishes it in {@code after()}.
 */
public final class LoadRun {

    /**
     * Session attributes the journeys share: the client a user acts as, the API version it calls (label), the
     * report it works on, and the status of its last API answer.
     */
    public static final String CLIENT = "clientId";
    public static final String API_VERSION = "apiVersion";
    public static final String TASK_ID = "taskId";
    public static final String STATUS = "status";

    private final String name;
    private final LoadSettings settings;
    private final LoadTarget target;
    private final ReportTracker tracker = new ReportTracker();
    private final LoadClients clients = new LoadClients(tracker);
    private final RateLimitGate gate;
    private final Map<String, Object> extraResults = new LinkedHashMap<>();
    private final List<String> attachments = new ArrayList<>();
    private LoadPlan plan;
    private long startedAt;
    private ReportCleanup.Registration cleanupOnStop;

    private LoadRun(String name, LoadSettings settings, LoadTarget target) {
        this.name = name;
        this.settings = settings;
        this.target = target;
        this.gate = new RateLimitGate(this::limitOf, target.loopback() ? 50 : 500, settings.injectors() == 1,
                settings.budgetPerVersion());
    }

    /**
     * The run of simulation {@code name} from the system's settings. A wrong setting ends the Gatling JVM with one
     * line (exit status 2), before Gatling would print the stack trace of a simulation that cannot be made.
     */
    public static LoadRun create(String name) {
        try {
            LoadSettings settings = LoadSettings.fromSystem(name);
            return new LoadRun(name, settings, LoadTarget.fromSystem(settings));
        } catch (ConfigurationException wrong) {
            System.err.println("[load] " + name + ": " + wrong.getMessage());
            System.exit(2);
            throw wrong;
        }
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

    /** The reports this run started until seen to end: the project's one tracker, shared with the suite. */
    public ReportTracker tracker() {
        return tracker;
    }

    /**
     * The reports still running: on the simulator every task it runs (they are all this run's, which also
     * catches a report whose start answer was lost), elsewhere the ones not seen to end.
     */
    public List<String> stillRunning() {
        return target.control()
                .map(control -> control.tasks().stream().filter(TaskResultDetails::isRunning)
                        .map(TaskResultDetails::id).toList())
                .orElseGet(tracker::unfinishedIds);
    }

    /** The API versions the load spreads over (-Dload.apiVersions, else SAIL_API_VERSIONS). */
    public List<ApiVersion> versions() {
        return settings.apiVersions();
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
        clients.add(list);
        return list;
    }

    public LoadRun configureSimulator(Consumer<SimulatorConfig.Builder> change) {
        target.configureSimulator(change);
        return this;
    }

    public RateLimitSpec limitOf(String clientId) {
        return clients.limitOf(clientId, settings.expectedLimit());
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
        double rate = settings.share(requestsPerSecond);
        double budget = settings.share(clients.allowedRate());
        Duration d = profile() == LoadProfile.SOAK && settings.soakDuration() != null
                ? settings.soakDuration() : duration;
        boolean capped = false;
        if (!mayExceedLimit()) {
            capped = rate > budget || d.compareTo(settings.maxDuration()) > 0;
            rate = Math.min(rate, budget);
            d = d.compareTo(settings.maxDuration()) > 0 ? settings.maxDuration() : d;
        }
        plan = new LoadPlan(name, settings.profile(),
                String.join(",", versions().stream().map(ApiVersion::label).toList()), target.describe(), clients.all().size(), rate, d, shape,
                capped, settings.injectors(), settings.injectorIndex());
        return plan;
    }

    public LoadPlan plan() {
        return plan;
    }

    /**
     * Open arrivals of users that send about {@code requestsPerUser} requests each, planned (and capped) by the
     * request rate they make: the profile's constant rate, or its ramp from {@code rampFrom} users/s.
     */
    public OpenInjectionStep arrivals(double usersPerSecond, int requestsPerUser, double rampFrom, Duration duration,
                                      String shape) {
        LoadPlan planned = plan(usersPerSecond * requestsPerUser, duration, shape);
        return profile().openArrivals(planned.requestsPerSecond() / requestsPerUser, rampFrom, planned.duration());
    }

    /** Absolute URLs: the embedded simulator's port is known only once before() has started it. */
    public String url(String path) {
        return target.baseUrl() + path;
    }

    public String bearer(Session session) {
        return clients.bearer(session.getString(CLIENT));
    }

    public String bearer(String clientId) {
        return clients.bearer(clientId);
    }

    /** The project's client acting as {@code owner} (a client id, or client@version), for set-up and clean-up. */
    public ReportsClient reportsClient(String owner) {
        return clients.reportsClient(owner);
    }

    /** Records an answer with the gate; every API request of the load does it through transformResponse. */
    public Response observe(Operation operation, Response response, Session session) {
        gate.observe(session.userId(), new RateLimitGate.Observation(Lane.version(session), operation,
                session.getString(CLIENT),
                response.startTimestamp(), response.endTimestamp(), response.status().code(),
                response.headers().get("Retry-After")));
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

    /** Prints the plan; unless this is a dry run, starts the target and fetches every client's token. */
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
        clients.connect(target.baseUri());
        cleanupOnStop = ReportCleanup.onExit(target.describe(), tracker, this::reportsClient);
    }

    public void result(String key, Object value) {
        extraResults.put(key, value);
    }

    public void attach(String path) {
        attachments.add(path);
    }

    /** Cancels what is still running, finds what still runs, writes coverage, summary and Allure; closes the target. */
    public void finish() {
        try {
            if (dryRun()) {
                return;
            }
            int cancelled = tracker.cancelUnfinished(this::reportsClient);
            List<String> stillRunning = stillRunning();
            extraResults.put("reportsStarted", tracker.startedCount());
            extraResults.put("cancelledInAfter", cancelled);
            extraResults.put("reportsLeftRunning", stillRunning.size());
            if (!stillRunning.isEmpty()) {
                System.err.println("[load] " + name + ": reports still running after cleanup: " + stillRunning);
            }
            new LoadResults(settings, name).write(this, extraResults, attachments, startedAt,
                    System.currentTimeMillis(), stillRunning);
        } finally {
            if (cleanupOnStop != null) {
                cleanupOnStop.close();
            }
            target.close();
        }
    }
}
