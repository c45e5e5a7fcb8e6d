package io.rdesuite.selfcheck;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.choices.OpenChoice;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.simulator.SimulatorSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every open choice of the registry at an honest value other than the simulator's default (each row's last value),
 * as settings for an in-process simulator and as flags for the standalone one: derived from the registry, so a new
 * row is in the self-checks without a new test. Left at the self-check's own value, with the reason: the rows in
 * {@link #LEFT_OUT}.
 */
final class NonDefaultChoices {

    /** The rows the self-checks keep at their own value, and why. */
    static final Map<OpenChoice, String> LEFT_OUT = Map.of(
            OpenChoice.REPORT_TIMING, "the self-checks run instant reports (100 ms); no answer depends on the timing");

    private static final ObjectMapper JSON = new ObjectMapper();

    private NonDefaultChoices() {
    }

    /** The rows set, each to its last honest value. */
    static List<OpenChoice> rows() {
        return Arrays.stream(OpenChoice.values()).filter(c -> !LEFT_OUT.containsKey(c)).toList();
    }

    static String value(OpenChoice choice) {
        return choice.others().get(choice.others().size() - 1);
    }

    /** The settings JSON of every row set. */
    static ObjectNode settings() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        for (OpenChoice c : rows()) {
            String[] path = c.key().split("\\.");
            ObjectNode parent = path.length == 1 ? json : json.has(path[0]) ? (ObjectNode) json.get(path[0])
                    : json.putObject(path[0]);
            parent.set(path[path.length - 1], JSON.valueToTree(c.json(value(c))));
        }
        return json;
    }

    /** The builder with every row set. */
    static SimulatorConfig.Builder applyTo(SimulatorConfig.Builder builder) {
        return SimulatorSettings.of(settings()).applyTo(builder);
    }

    /** The standalone simulator's flags for every row set. */
    static List<String> flags() {
        List<String> flags = new ArrayList<>();
        rows().forEach(c -> flags.addAll(c.flagArgs(value(c))));
        return flags;
    }

    /** "cancel-finished=404, ..." for the kill matrix's description. */
    static String describe() {
        return String.join(", ", rows().stream().map(c -> c.row() + "=" + value(c)).toList());
    }
}
