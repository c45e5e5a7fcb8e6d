package io.rdesuite.simulator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.choices.OpenChoice;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * The program's {@code --settings FILE} and the flags of the open choices: one flag per entry of the registry
 * ({@link OpenChoice}), added to the command by {@link ChoiceOptions} and read as the settings key it sets, by the
 * settings file's own reader. A flag given on the command line wins over the file's key it sets (the whole key:
 * {@code --outcome} replaces the file's {@code outcomes}); the file wins over the flags' defaults.
 */
final class SettingsFlags {

    /** Each flag that sets a key of the settings file, and that key: the registry's, and the test levers'. */
    static final Map<String, String> KEY_OF_FLAG = keyOfFlag();

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Start from a settings file: the JSON of GET /__simulator/settings, any subset of its "
                    + "keys. A flag given here wins over the file's key it sets.")
    Path settings;

    private List<String> notes = List.of();

    private static Map<String, String> keyOfFlag() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (OpenChoice choice : OpenChoice.values()) {
            keys.put(choice.flag(), choice.key());
        }
        keys.put("--client-rate-limit", SettingsKeys.RATE_LIMIT_CLIENTS);
        keys.put("--outcome", SettingsKeys.OUTCOMES);
        keys.put("--defect", SettingsKeys.DEFECTS);
        keys.put("--variant", SettingsKeys.VARIANTS);
        return Map.copyOf(keys);
    }

    /** Adds one option per open choice to the command, with the registry's default and values in its help. */
    public static final class ChoiceOptions implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            for (OpenChoice choice : OpenChoice.values()) {
                OptionSpec.Builder option = OptionSpec.builder(choice.flag()).type(String.class)
                        .paramLabel(choice.bounded() ? String.join("|", choice.honestValues().stream()
                                .map(v -> choice.flagArgs(v).get(choice.flagArgs(v).size() - 1)
                                        .replaceFirst("^--[a-z-]+=", "")).toList()) : "VALUE")
                        .description("Open choice " + choice.row() + " (docs/assumptions.md): "
                                + (choice.bounded() ? "" : "e.g. ") + choice.oneOf() + " (default: "
                                + choice.defaultValue() + "); settings key " + choice.key() + ".");
                if (choice.kind() == OpenChoice.Kind.BOOLEAN) {
                    option.arity("0..1").fallbackValue("true");
                }
                spec.addOption(option.build());
            }
            return spec;
        }
    }

    /**
     * Applies the file's keys that no flag given sets, then the choice flags given.
     *
     * @throws IllegalArgumentException for a bad flag, in one line naming it
     * @throws SimulatorSettings.SettingsException for a bad file, in one line starting with its name
     */
    void applyTo(SimulatorConfig.Builder b, ParseResult parsed) {
        SimulatorSettings flags = flags(parsed);
        if (settings != null) {
            SimulatorSettings file = SimulatorSettings.read(settings).without(given(parsed));
            file.applyTo(b);
            notes = file.notes();
        }
        flags.applyTo(b);
    }

    /** The choice flags given, as settings (read by the settings file's reader); a bad value names the flag. */
    private static SimulatorSettings flags(ParseResult parsed) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        for (OpenChoice choice : OpenChoice.values()) {
            String value = parsed.matchedOptionValue(choice.flag(), null);
            if (value != null) {
                put(json, choice.key(), choice, value);
            }
        }
        try {
            return SimulatorSettings.of(json);
        } catch (SimulatorSettings.SettingsException e) {
            String message = e.getMessage();
            for (OpenChoice choice : OpenChoice.values()) {
                message = message.replace("'" + choice.key() + "'", choice.flag());
            }
            throw new IllegalArgumentException(message);
        }
    }

    /** The flag's text as the settings JSON has it: a number, a boolean or a text; what does not read stays text. */
    private static void put(ObjectNode json, String key, OpenChoice choice, String value) {
        int dot = key.indexOf('.');
        if (dot > 0) {
            ObjectNode parent = json.has(key.substring(0, dot)) ? (ObjectNode) json.get(key.substring(0, dot))
                    : json.putObject(key.substring(0, dot));
            put(parent, key.substring(dot + 1), choice, value);
            return;
        }
        String v = value.trim();
        switch (choice.kind()) {
            case STATUS, WHOLE -> {
                if (v.matches("-?\\d{1,18}")) {
                    json.put(key, Long.parseLong(v));
                } else {
                    json.put(key, v);
                }
            }
            case BOOLEAN -> {
                if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                    json.put(key, Boolean.parseBoolean(v));
                } else {
                    json.put(key, v);
                }
            }
            default -> json.put(key, v);
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
