package io.rdesuite.api.choices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/assumptions.md carries the registry's table word for word, and every entry is a row of its main table. */
class OpenChoiceTableTest {

    static final Path DOC = Path.of("docs/assumptions.md");
    static final String BEGIN = "<!-- open-choices: generated from io.rdesuite.api.choices.OpenChoice -->\n";
    static final String END = "<!-- /open-choices -->";

    @Test
    void theDocsTable_isTheRegistrys() throws IOException {
        String doc = Files.readString(DOC);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("the marker %s in %s", BEGIN.strip(), DOC).isNotNegative();

        assertThat(doc.substring(begin + BEGIN.length(), end)).as("the table in " + DOC + " (paste "
                + "OpenChoice.markdownTable())").isEqualTo(OpenChoice.markdownTable());
    }

    @Test
    void everyEntry_isARowOfTheAssumptionsTable() throws IOException {
        String doc = Files.readString(DOC);
        Matcher m = Pattern.compile("\\| `([a-z0-9-]+)` \\|\\n").matcher(doc);
        List<String> rows = m.results().map(r -> r.group(1)).toList();

        assertThat(rows).containsAll(Arrays.stream(OpenChoice.values()).map(OpenChoice::row).toList());
    }

    @Test
    void mediaTypes_compareAsRfc9110Says() {
        assertThat(OpenChoice.CSV_CONTENT_TYPE.honest("Text/CSV; charset=UTF-8")).contains("text/csv");
        assertThat(OpenChoice.CSV_CONTENT_TYPE.honest("application/octet-stream")).isEmpty();
        assertThat(OpenChoice.CHECK_ORDER.honest("forbidden-first")).contains("FORBIDDEN_FIRST");
        assertThat(OpenChoice.CANCEL_FINISHED.honest("500")).isEmpty();
    }
}
