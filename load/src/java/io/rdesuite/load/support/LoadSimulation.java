package io.rdesuite.load.support;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.holdFor;
import static io.gatling.javaapi.core.CoreDsl.reachRps;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What every simulation shares, so that a simulation states only its clients, its injection profile and its
 * assertions: the {@link LoadRun} (started in {@code before()}, finished in {@code after()}, also when the run
 * was cut short), the dry run, the HTTP protocol, the guard for a non-loopback target and the standard gates.
 */
public abstract class LoadSimulation extends Simulation {

    protected final LoadRun run = LoadRun.create(getClass().getSimpleName());

    /**
     * Sets up {@code load} gated by {@link Gates#standard} and {@code more}; in a dry run, a user that sends
     * nothing instead.
     */
    protected SetUp gated(PopulationBuilder load, Assertion... more) {
        if (run.dryRun()) {
            return setUp(dryRunPopulation());
        }
        List<Assertion> assertions = new ArrayList<>(Gates.standard(run));
        assertions.addAll(List.of(more));
        return guard(setUp(load).protocols(protocol())).assertions(assertions);
    }

    /** Sets up {@code load} without assertions (a benchmark); in a dry run, a user that sends nothing instead. */
    protected SetUp ungated(PopulationBuilder load) {
        return run.dryRun() ? setUp(dryRunPopulation()) : setUp(load).protocols(protocol());
    }

    /** {@code load}, then one user that runs {@code cleanup} alone, once all of the load has ended. */
    protected static PopulationBuilder followedBy(PopulationBuilder load, ChainBuilder cleanup) {
        return load.andThen(scenario("cleanup").exec(cleanup).injectOpen(atOnceUsers(1)));
    }

    @Override
    public final void before() {
        run.start();
        if (!run.dryRun()) {
            beforeLoad();
        }
    }

    @Override
    public final void after() {
        try {
            if (!run.dryRun()) {
                afterLoad();
            }
        } finally {
            run.finish();
        }
    }

    /** Set-up traffic once the target runs and the tokens are fetched (not in a dry run). */
    protected void beforeLoad() {
    }

    /** Results of the simulation's own, recorded before the run writes its summary (not in a dry run). */
    protected void afterLoad() {
    }

    private HttpProtocolBuilder protocol() {
        return http.acceptHeader("application/json").userAgentHeader("rdesuite-load/gatling")
                .shareConnections().disableCaching().disableFollowRedirect();
    }

    /**
     * Bounds a run against a non-loopback target: a hard stop after the planned duration (plus a minute for
     * cleanup) and, without the opt-in, a throttle at the planned, capped rate.
     */
    private SetUp guard(SetUp setUp) {
        LoadPlan plan = run.plan();
        if (!run.target().loopback() && plan != null) {
            Duration limit = plan.duration().plusSeconds(60);
            setUp.maxDuration(limit);
            if (!run.settings().allowAboveLimit()) {
                int rps = Math.max(1, (int) Math.floor(plan.requestsPerSecond()));
                setUp.throttle(reachRps(rps).in(Duration.ofSeconds(1)), holdFor(limit));
            }
        }
        return setUp;
    }

    private PopulationBuilder dryRunPopulation() {
        return scenario(run.name() + " (dry run)").exec(exec(session -> session)).injectOpen(atOnceUsers(1));
    }
}
