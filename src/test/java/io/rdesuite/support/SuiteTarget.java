package io.rdesuite.support;

import io.rdesuite.client.ReportCleanup;
import io.rdesuite.client.ReportTracker;
import io.rdesuite.client.ReportsClient;
import io.rdesuite.client.SimulatorControl;
import io.rdesuite.client.TokenProvider;
import io.rdesuite.config.ClientCredentials;
import io.rdesuite.config.ConfigurationException;
import io.rdesuite.config.Settings;
import io.rdesuite.config.TargetConfig;
import io.rdesuite.simulator.ClientRegistration;
import io.rdesuite.simulator.ReportsSimulator;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.simulator.SimulatorSettings;
import io.rdesuite.verdict.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The target of this test JVM, resolved once: SAIL_BASE_URL and its credentials when set, otherwise the
 * embedded simulator started on a free loopback port (closed when the JVM ends).
 */
public final class SuiteTarget {

    /** Where the clean-up's line is also written: -Dreports.cleanupLog, by default under the build directory. */
    public static final String CLEANUP_LOG = "reports.cleanupLog";
    /** A settings file for the embedded simulator (the JSON of GET /__simulator/settings): -Dreports.simulator.settings. */
    public static final String SIMULATOR_SETTINGS = "reports.simulator.settings";

    private static volatile SuiteTarget instance;
    private static volatile SuiteTarget override;

    private final TargetConfig config;
    private final ReportsSimulator embedded;
    private final Optional<SimulatorControl> control;
    private final boolean cleansUp;

    private SuiteTarget(TargetConfig config, ReportsSimulator embedded, boolean cleansUp) {
        this.config = config;
        this.embedded = embedded;
        this.cleansUp = cleansUp;
        this.control = embedded != null && embedded.config().controlApi() && embedded.config().controlToken() == null
                // an in-process simulator with an open control API: known, not probed (the probe's 2 s can run out
                // while the machine is busy, and the suite would then take its own simulator for a tenant)
                ? Optional.of(new SimulatorControl(config.baseUri()))
                : SimulatorControl.detect(config.baseUri());
        if (cleansUp) {
            cleanUpOnExit(config);
        }
    }

    /**
     * Registers the target's tracker with {@link ReportCleanup}: at the end of the run and when the JVM stops, the
     * reports it left running are cancelled as the full-access client (a client without the suite's filters). The
     * line goes to stderr and to the file {@link #CLEANUP_LOG} names (when its folder exists): on Ctrl-C Maven may
     * stop before the test JVM's line reaches it.
     */
    private static void cleanUpOnExit(TargetConfig config) {
        ReportsClient canceller = ReportsClient.builder(config.baseUri())
                .tokenProvider(TokenProvider.forTarget(config))
                .build();
        ReportCleanup.onExit(config.baseUri().toString(), ReportTracker.forTarget(config.baseUri()),
                owner -> canceller, SuiteTarget::cleanupLine);
    }

    private static void cleanupLine(String line) {
        System.err.println(line);
        Path log = Path.of(Settings.fromSystem().get(CLEANUP_LOG, "target/reports-cleanup.log")).toAbsolutePath();
        if (Files.isDirectory(log.getParent())) {
            try {
                Files.writeString(log, Instant.now() + " " + line + System.lineSeparator(), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException notWritten) {
                System.err.println("[reports] cannot write " + log + ": " + notWritten.getMessage());
            }
        }
    }

    public static SuiteTarget get() {
        SuiteTarget o = override;
        if (o != null) {
            return o;
        }
        SuiteTarget t = instance;
        if (t == null) {
            synchronized (SuiteTarget.class) {
                t = instance;
                if (t == null) {
                    t = resolve();
                    instance = t;
                    AllureEnvironment.write(t);
                }
            }
        }
        return t;
    }

    /**
     * Makes {@link #get()} answer {@code target} until the returned handle is closed (self-checks point the
     * scenarios at a deliberately broken simulator this way).
     */
    public static Scope use(SuiteTarget target) {
        SuiteTarget previous = override;
        override = target;
        return () -> override = previous;
    }

    /** A target for an in-process simulator someone else started (and closes), with the demo clients. */
    public static SuiteTarget forSimulator(ReportsSimulator simulator) {
        return new SuiteTarget(configFor(simulator), simulator, false);
    }

    private static TargetConfig configFor(ReportsSimulator simulator) {
        List<ClientRegistration> demo = ClientRegistration.DEMO_CLIENTS;
        return TargetConfig.forSimulator(simulator.baseUrl(), credentials(demo.get(0)), credentials(demo.get(1)),
                credentials(demo.get(2)));
    }

    /** Ends a {@link #use} override. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private static SuiteTarget resolve() {
        TargetConfig resolved = TargetConfig.resolve(Settings.fromSystem());
        if (!resolved.embedded()) {
            return new SuiteTarget(resolved, null, true);
        }
        ReportsSimulator simulator = ReportsSimulator.start(embeddedConfig(Settings.fromSystem()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ReportCleanup.runAll("stopping");
            simulator.close();
        }, "embedded-simulator-stop"));
        return new SuiteTarget(configFor(simulator), simulator, true);
    }

    /**
     * The embedded simulator's configuration: reports of 300 ms, then the keys of the {@link #SIMULATOR_SETTINGS}
     * file when one is named, then those of the tenant profile ({@link Profile}: the same file makes the simulator
     * behave like the tenant); a bad file is a one-line {@link ConfigurationException} (the preflight shows it).
     */
    static SimulatorConfig embeddedConfig(Settings settings) {
        SimulatorConfig.Builder builder = SimulatorConfig.builder()
                .requestLog(false)
                .reportDuration(Duration.ofMillis(300));
        Optional<String> file = settings.get(SIMULATOR_SETTINGS);
        if (file.isPresent()) {
            try {
                SimulatorSettings.apply(Path.of(file.get()), builder);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(SIMULATOR_SETTINGS + "=" + e.getMessage());
            }
        }
        Optional<Path> profile = Profile.named(settings);
        if (profile.isPresent()) {
            try {
                Profile.read(profile.get());
                SimulatorSettings.apply(profile.get(), builder);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(e.getMessage());
            }
        }
        return builder.build();
    }

    private static ClientCredentials credentials(ClientRegistration client) {
        return new ClientCredentials(client.clientId(), client.secret());
    }

    public TargetConfig config() {
        return config;
    }

    /** The simulator's control API, found through /__simulator/info; empty on a real tenant. */
    public Optional<SimulatorControl> control() {
        return control;
    }

    /**
     * True for the run's own target (configured, or the embedded simulator): the reports the run leaves running
     * there are cancelled at its end and when it is interrupted. False for a simulator someone else started and
     * closes (the self-checks' broken simulators).
     */
    public boolean cleansUp() {
        return cleansUp;
    }

    /** The reports started on this target (by any client of this JVM) until seen to end. */
    public ReportTracker tracker() {
        return ReportTracker.forTarget(config.baseUri());
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** A short description for reports: never a secret. */
    public String describe() {
        return (isEmbedded() ? "embedded simulator at " : "target ") + config.baseUri();
    }
}
