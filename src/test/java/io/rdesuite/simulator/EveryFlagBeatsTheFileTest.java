package io.rdesuite.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rdesuite.api.choices.OpenChoice;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option picocli knows of the program either sets no setting (listed here, by name) or sets a key of the
 * settings file, and then a value given as the flag wins over another value of that key in a --settings file. An
 * option added without a registry entry ({@link OpenChoice}) or a key in {@link SettingsFlags#KEY_OF_FLAG} fails.
 */
class EveryFlagBeatsTheFileTest {

    /** The options that set nothing a settings file holds. */
    private static final Set<String> NOT_SETTINGS = Set.of("--host", "--port", "--client", "--no-control-api",
            "--control-token", "--control-token-file", "--quiet", "--settings", "--help", "--version");

    /** The test levers (not open choices): the file's value, the flag's arguments, the key and the flag's value. */
    private static final Map<String, Lever> LEVERS = Map.of(
            "--outcome", new Lever("{\"outcomes\":{\"ACCOUNTS\":\"WARNING\"}}", List.of("--outcome", "ACCOUNTS=ERROR"),
                    "/outcomes/ACCOUNTS", "ERROR"),
            "--client-rate-limit", new Lever("{\"rateLimits\":{\"clients\":{\"demo-read\":\"5/5s\"}}}",
                    List.of("--client-rate-limit", "demo-read=3/2s"), "/rateLimits/clients/demo-read", "3/2s"),
            "--defect", new Lever("{\"defects\":[\"AUTH_NOT_CHECKED\"]}", List.of("--defect", "EXPIRED_TOKENS_ACCEPTED"),
                    "/defects/0", "EXPIRED_TOKENS_ACCEPTED"),
            "--variant", new Lever("{\"variants\":[\"EXTRA_FIELD\"]}", List.of("--variant", "PRETTY_JSON"),
                    "/variants/0", "PRETTY_JSON"));

    private static final ObjectMapper JSON = new ObjectMapper();

    record Lever(String file, List<String> args, String pointer, String expected) {
    }

    @TempDir
    Path dir;

    static Stream<String> options() {
        return new CommandLine(new SimulatorMain()).getCommandSpec().options().stream().map(OptionSpec::longestName);
    }

    @Test
    void everyOption_isASettingOrNamedAsNone() {
        List<String> unknown = options().filter(o -> !NOT_SETTINGS.contains(o))
                .filter(o -> !SettingsFlags.KEY_OF_FLAG.containsKey(o)).toList();

        assertThat(unknown).as("options that set no settings key (add an OpenChoice entry, or a key to "
                + "SettingsFlags.KEY_OF_FLAG, or name them here as no setting)").isEmpty();
        assertThat(options().filter(o -> !NOT_SETTINGS.contains(o)).filter(o -> OpenChoice.byFlag(o).isEmpty()))
                .as("the options that set a key but are not open choices: each needs a lever here")
                .allMatch(LEVERS::containsKey);
    }

    @Test
    void everyRegistryFlag_isAnOptionOfTheProgram() {
        assertThat(options().toList()).containsAll(Stream.of(OpenChoice.values()).map(OpenChoice::flag).toList());
    }

    static Stream<Arguments> choiceCases() {
        List<Arguments> cases = new ArrayList<>();
        for (OpenChoice c : OpenChoice.values()) {
            String other = c.others().get(0);
            cases.add(Arguments.of(c, other, c.defaultValue()));
            cases.add(Arguments.of(c, c.defaultValue(), other));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: the file says {1}, the flag {2}: {2}")
    @MethodSource("choiceCases")
    void aChoiceFlag_winsOverTheFile(OpenChoice choice, String inFile, String inFlag) throws Exception {
        String file = "{" + nested(choice.key(), JSON.writeValueAsString(choice.json(inFile))) + "}";
        List<String> args = new ArrayList<>(choice.flagArgs(inFlag));

        JsonNode settings = settings(file, args);

        String shown = settings.at("/" + choice.key().replace('.', '/')).asText();
        assertThat(choice.same(shown, inFlag)).as("%s: shown %s, flag %s", choice.key(), shown, inFlag).isTrue();
    }

    @ParameterizedTest(name = "{0} wins over the file")
    @MethodSource("leverFlags")
    void aLeverFlag_winsOverTheFile(String flag) throws Exception {
        Lever lever = LEVERS.get(flag);

        JsonNode settings = settings(lever.file(), lever.args());

        assertThat(settings.at(lever.pointer()).asText()).isEqualTo(lever.expected());
    }

    static Stream<String> leverFlags() {
        return LEVERS.keySet().stream().sorted();
    }

    /** GET /__simulator/settings of a simulator started from the program's flags and the file. */
    private JsonNode settings(String fileJson, List<String> flags) throws IOException, InterruptedException {
        Path file = Files.writeString(Files.createTempFile(dir, "s", ".json"), fileJson);
        List<String> args = new ArrayList<>(List.of("--port", "0", "--quiet", "--settings", file.toString()));
        args.addAll(flags);
        SimulatorMain main = new SimulatorMain();
        new CommandLine(main).parseArgs(args.toArray(String[]::new));
        try (ReportsSimulator sim = ReportsSimulator.start(main.config())) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(sim.baseUrl() + "/__simulator/settings")).build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(r.body());
        }
    }

    private static String nested(String key, String valueJson) {
        int dot = key.indexOf('.');
        return dot < 0 ? "\"" + key + "\":" + valueJson
                : "\"" + key.substring(0, dot) + "\":{" + nested(key.substring(dot + 1), valueJson) + "}";
    }
}
