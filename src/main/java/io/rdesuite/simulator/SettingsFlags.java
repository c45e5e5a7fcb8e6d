package io.rdesuite.simulator;

import static java.util.Map.entry;

import io.rdesuite.simulator.Assumptions.CheckOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * The program's {@code --settings FILE} and the flags of the choices about open behaviour ({@link Assumptions}). A
 * flag given on the command line wins over the file's key it sets (the whole key: {@code --outcome} replaces the
 * file's {@code outcomes}); the file wins over the flags' defaults.
 */
final class SettingsFlags {

    /** Each flag that sets a key of the settings file, and that key. */
    static final Map<String, String> KEY_OF_FLAG = Map.ofEntries(
            entry("--rate-limit", SettingsKeys.RATE_LIMIT_DEFAULT),
            entry("--client-rate-limit", SettingsKeys.RATE_LIMIT_CLIENTS),
            entry("--rate-limit-escalation", SettingsKeys.RATE_LIMIT_ESCALATION),
            entry("--report-duration", SettingsKeys.REPORT_DURATION),
            entry("--outcome", SettingsKeys.OUTCOMES),
            entry("--retention", SettingsKeys.RETENTION),
            entry("--token-ttl", SettingsKeys.TOKEN_TTL),
            entry("--seed", SettingsKeys.SEED),
            entry("--running-result", SettingsKeys.RUNNING_RESULT_VIEW),
            entry("--csv-content-type", SettingsKeys.CSV_CONTENT_TYPE),
            entry("--defect", SettingsKeys.DEFECTS),
            entry("--variant", SettingsKeys.VARIANTS),
            entry("--cancel-unknown-id", SettingsKeys.CANCEL_UNKNOWN_ID),
            entry("--cancel-finished", SettingsKeys.CANCEL_FINISHED),
            entry("--get-report-before-completion", SettingsKeys.GET_REPORT_BEFORE_COMPLETION),
            entry("--check-order", SettingsKeys.CHECK_ORDER));

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Start from a settings file: the JSON of GET /__simulator/settings, any subset of its "
                    + "keys. A flag given here wins over the file's key it sets.")
    Path settings;

    @Option(names = "--cancel-unknown-id", paramLabel = "400|404|204",
            description = "cancelReport's status for an id that names no report (default: 400).")
    Integer cancelUnknownId;

    @Option(names = "--cancel-finished", paramLabel = "204|400|404",
            description = "cancelReport's status for a report that already ended (default: 204).")
    Integer cancelFinished;

    @Option(names = "--get-report-before-completion", paramLabel = "404|400",
            description = "getReport's status for a report still running (default: 404).")
    Integer getReportBeforeCompletion;

    @Option(names = "--check-order", paramLabel = "rate-limit-first|forbidden-first",
            description = "Which of 429 and 403 comes first after 401 (default: rate-limit-first).")
    String checkOrder;

    private List<String> notes = List.of();

    /**
     * Applies the flags of this class, then the file's keys that no flag given sets.
     *
     * @throws IllegalArgumentException for a bad flag
     * @throws SimulatorSettings.SettingsException for a bad file, in one line starting with its name
     */
    void applyTo(SimulatorConfig.Builder b, ParseResult parsed) {
        if (cancelUnknownId != null) {
            b.cancelUnknownId(Assumptions.status("--cancel-unknown-id", cancelUnknownId,
                    Assumptions.CANCEL_UNKNOWN_ID));
        }
        if (cancelFinished != null) {
            b.cancelFinished(Assumptions.status("--cancel-finished", cancelFinished, Assumptions.CANCEL_FINISHED));
        }
        if (getReportBeforeCompletion != null) {
            b.getReportBeforeCompletion(Assumptions.status("--get-report-before-completion",
                    getReportBeforeCompletion, Assumptions.GET_REPORT_BEFORE_COMPLETION));
        }
        if (checkOrder != null) {
            b.checkOrder(CheckOrder.parse("--check-order", checkOrder));
        }
        if (settings != null) {
            SimulatorSettings file = SimulatorSettings.read(settings).without(given(parsed));
            file.applyTo(b);
            notes = file.notes();
        }
    }

    /** What the settings file held but did not apply, and why. */
    List<String> notes() {
        return notes;
    }

    private static Set<String> given(ParseResult parsed) {
        return parsed.matchedOptions().stream()
                .map(OptionSpec::longestName)
                .map(KEY_OF_FLAG::get)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }
}
