package io.rdesuite.simulator;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Defect;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.Variant;
import io.rdesuite.simulator.reports.Outcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** The simulator as a program: {@code java -jar target/reports-simulator.jar --port 8089}. */
@Command(name = "reports-simulator", mixinStandardHelpOptions = true, versionProvider = SimulatorMain.Version.class,
        modelTransformer = SettingsFlags.ChoiceOptions.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Runs a local, stateful simulator of the ISC Reports Data Extraction API (v3, v2024, v2025, "
                + "v2026 and /reports/v1).",
        footer = {"", "Default clients (local demo credentials, not secrets):",
            "  demo-manage:demo-manage-secret  sp:report:read, sp:report:manage",
            "  demo-read:demo-read-secret      sp:report:read",
            "  demo-none:demo-none-secret      no report scope",
            "Beyond loopback the demo clients are refused (name yours with --client)",
            "and the control API must be protected (--control-token-file) or off."})
public final class SimulatorMain implements Callable<Integer> {

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = 8089;

    @Option(names = "--client", paramLabel = "ID:SECRET:SCOPES",
            description = "A client to accept (repeatable; replaces the default clients). SCOPES is a comma list, "
                    + "possibly empty, e.g. ci:s3cret:sp:report:read,sp:report:manage")
    List<String> clients = new ArrayList<>();

    @Option(names = "--client-rate-limit", paramLabel = "ID=N/DURATION|off",
            description = "A limit for one client (repeatable).")
    List<String> clientRateLimits = new ArrayList<>();

    @Option(names = "--outcome", paramLabel = "TYPE=OUTCOME",
            description = "How a report type ends: SUCCESS, WARNING, ERROR or TEMP_ERROR (repeatable).")
    List<String> outcomes = new ArrayList<>();

    @CommandLine.Mixin
    SettingsFlags settingsFlags = new SettingsFlags();

    @Option(names = "--defect", paramLabel = "NAME",
            description = "Switch a deliberate defect on (repeatable); GET /__simulator/info lists them.")
    List<String> defects = new ArrayList<>();

    @Option(names = "--variant", paramLabel = "NAME|all",
            description = "Switch a benign variant on (repeatable; all: every one); GET /__simulator/info lists them.")
    List<String> variants = new ArrayList<>();

    @Option(names = "--no-control-api", description = "Do not serve the /__simulator/ control API.")
    boolean noControlApi;

    @Option(names = "--control-token", paramLabel = "TOKEN",
            description = "Every /__simulator/ call needs Authorization: Bearer TOKEN (16+ characters). "
                    + "Process lists show it: prefer --control-token-file.")
    String controlToken;

    @Option(names = "--control-token-file", paramLabel = "FILE",
            description = "Read the control token from FILE (surrounding white space is dropped).")
    Path controlTokenFile;

    @Option(names = "--quiet", description = "Do not log one line per request.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new SimulatorMain());
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        SimulatorConfig config;
        try {
            config = config();
        } catch (UnsafeExposureException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(ExposureFlags.refusal(e, !clients.isEmpty()));
            err.flush();
            return 2;
        } catch (SimulatorSettings.SettingsException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("--settings " + e.getMessage());
            err.flush();
            return 2;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ReportsSimulator simulator;
        try {
            simulator = ReportsSimulator.start(config);
        } catch (RuntimeException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("Cannot listen on " + host + ":" + port + ": " + rootMessage(e));
            err.flush();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runnable stop = () -> {
            simulator.close();
            stopped.countDown();
        };
        onTerminate(stop);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Reports API simulator listening on " + simulator.listenUrl());
        out.println("  " + Exposure.describe(config));
        config.clients().forEach(c -> out.println("  client " + c.clientId() + " scopes "
                + (c.scopes().isEmpty() ? "(none)" : String.join(",", c.scopes()))));
        out.println("  " + versionsLine(config));
        if (!config.variants().isEmpty()) {
            out.println("  variants " + config.variants().stream().map(Enum::name).sorted().toList());
        }
        settingsFlags.notes().forEach(note -> out.println("  settings: " + note));
        out.flush();
        stopped.await();
        return 0;
    }

    SimulatorConfig config() {
        SimulatorConfig.Builder b = SimulatorConfig.builder()
                .host(host)
                .port(port)
                .controlApi(!noControlApi)
                .controlToken(ExposureFlags.controlToken(controlToken, controlTokenFile, noControlApi))
                .requestLog(!quiet);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be within 0..65535");
        }
        if (!clients.isEmpty()) {
            b.clients(clients.stream().map(ClientRegistration::parse).toList());
        }
        for (String limit : clientRateLimits) {
            int eq = limit.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--client-rate-limit takes ID=N/DURATION, not '" + limit + "'");
            }
            b.clientRateLimit(limit.substring(0, eq), RateLimitSpec.parse(limit.substring(eq + 1)));
        }
        for (String outcome : outcomes) {
            int eq = outcome.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--outcome takes TYPE=OUTCOME, not '" + outcome + "'");
            }
            ReportType type;
            try {
                type = ReportType.valueOf(outcome.substring(0, eq).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--outcome: '" + outcome.substring(0, eq) + "' is not a report type");
            }
            b.outcome(type, Outcome.parse(outcome.substring(eq + 1)));
        }
        for (String d : defects) {
            try {
                b.defect(Defect.valueOf(d.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--defect: '" + d + "' is not a known defect");
            }
        }
        try {
            b.variants(Variant.named(variants));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--variant: " + e.getMessage()
                    + " (GET /__simulator/info lists them; all: every one)");
        }
        settingsFlags.applyTo(b, spec.commandLine().getParseResult());
        return b.build();
    }

    /** "versions v3 v2024 v2025 v2026 v1 (/v3/reports ...): one state, a rate budget per version". */
    static String versionsLine(SimulatorConfig config) {
        return "versions " + Arrays.stream(ApiVersion.values()).map(v -> v.label() + " " + v.basePath())
                .collect(Collectors.joining(", ")) + ": " + (config.versionsShareState() ? "one state" : "a state each")
                + ", " + (config.rateLimitPerVersion() ? "a rate budget each" : "one rate budget");
    }

    /** SIGTERM and SIGINT stop the server and end the process with 0. */
    @SuppressWarnings("restriction")
    private static void onTerminate(Runnable stop) {
        for (String name : List.of("TERM", "INT")) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> stop.run());
            } catch (IllegalArgumentException e) {
                // not a signal of this platform: its default handling stays
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"reports-simulator " + ReportsSimulator.version()};
        }
    }
}
