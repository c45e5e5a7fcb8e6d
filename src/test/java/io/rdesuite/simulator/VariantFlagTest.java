package io.rdesuite.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdesuite.api.Variant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The --variant flag (repeatable, any case, "all"), read in-process as the program reads it. */
class VariantFlagTest {

    @Test
    void variantFlags_areRepeatable_andAnyCase() {
        SimulatorConfig config = parse("--variant", "extra_field", "--variant", "GZIP_WHEN_ASKED");

        assertThat(config.variants()).containsExactlyInAnyOrder(Variant.EXTRA_FIELD, Variant.GZIP_WHEN_ASKED);
    }

    @Test
    void all_switchesEveryVariantOn() {
        assertThat(parse("--variant", "all").variants()).isEqualTo(EnumSet.allOf(Variant.class));
    }

    @Test
    void noFlag_noVariant() {
        assertThat(parse().variants()).isEmpty();
    }

    @Test
    void unknownName_isOneLineNamingIt() {
        assertThatThrownBy(() -> parse("--variant", "NOPE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--variant: 'NOPE' is not a known variant (GET /__simulator/info lists them; all: every one)")
                .hasNoCause();
    }

    private static SimulatorConfig parse(String... args) {
        SimulatorMain main = new SimulatorMain();
        new CommandLine(main).parseArgs(args);
        return main.config();
    }
}
