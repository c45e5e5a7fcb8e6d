package io.rdesuite.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.choices.OpenChoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A profile pins the rows it names; a bad one is one line; an observation against it fails with one line. */
class ProfileTest {

    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        System.clearProperty(Profile.PROPERTY);
        Profile.forget();
    }

    @Test
    void aCalibratedFile_pinsTheRowsItNames() throws IOException {
        Path file = Files.writeString(dir.resolve("tenant.json"), "{\"cancelFinished\": 400, \"csvContentType\": "
                + "\"Text/CSV\", \"rateLimits\": {\"default\": \"25/8s\", \"perVersion\": false}, \"seed\": 7}");

        Profile profile = Profile.read(file);

        assertThat(profile.pinned()).containsEntry(OpenChoice.CANCEL_FINISHED, "400")
                .containsEntry(OpenChoice.CSV_CONTENT_TYPE, "text/csv").containsEntry(OpenChoice.RATE_LIMIT, "25/8s")
                .containsEntry(OpenChoice.RATE_LIMIT_PER_VERSION, "false").containsEntry(OpenChoice.ROWS, "7")
                .doesNotContainKey(OpenChoice.CANCEL_UNKNOWN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"cancelFinishd": 400}                  | p.json: unknown key 'cancelFinishd'; the keys are
            {"cancelFinished": 500}                 | p.json: 'cancelFinished' takes 204, 400 or 404, not 500
            {"csvContentType": "application/json"}  | p.json: 'csvContentType' is application/json, which no honest tenant shows for csv-content-type (application/csv or text/csv)
            {"defects": ["AUTH_NOT_CHECKED"]}       | p.json: names a defect [AUTH_NOT_CHECKED]; a profile describes an honest tenant
            {"variants": ["PRETTY_JSON"]}           | p.json: names a variant [PRETTY_JSON]; a profile describes an honest tenant
            {"cancelFinished": 400,                 | p.json: not JSON
            """)
    void aBadProfile_isOneLine(String json, String expected) throws IOException {
        Path file = Files.writeString(dir.resolve("p.json"), json);

        assertThatThrownBy(() -> Profile.read(file)).isInstanceOf(Profile.ProfileException.class)
                .hasMessageStartingWith("reports.profile=" + dir.resolve(expected.substring(0, expected.indexOf(':')))
                        + expected.substring(expected.indexOf(':')))
                .hasNoCause().satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void anObservationOfAnotherValue_failsInOneLineNamingTheRowAndTheProfile() throws IOException {
        Path file = Files.writeString(dir.resolve("tenant.json"), "{\"cancelFinished\": 204}");
        System.setProperty(Profile.PROPERTY, file.toString());

        assertThat(Observations.observe(ApiVersion.V3, OpenChoice.CANCEL_FINISHED, "204", "to a cancel of a finished "
                + "report")).isEqualTo("204");
        assertThatThrownBy(() -> Observations.observe(ApiVersion.V3, OpenChoice.CANCEL_FINISHED, "400",
                "to a cancel of a finished report")).hasMessage("cancel-finished: this target answered 400 to a "
                + "cancel of a finished report; the profile says 204 (tenant.json)");
    }

    @Test
    void withoutAProfile_everyHonestValuePasses_andNoneElse() {
        for (String status : OpenChoice.CANCEL_FINISHED.honestValues()) {
            assertThat(Observations.observe(ApiVersion.V3, OpenChoice.CANCEL_FINISHED, status, "to a cancel"))
                    .isEqualTo(status);
        }
        assertThatThrownBy(() -> Observations.observe(ApiVersion.V3, OpenChoice.CANCEL_FINISHED, "500",
                "to a cancel of a finished report")).hasMessage("cancel-finished: this target answered 500 to a "
                + "cancel of a finished report, which no honest value allows (204, 400 or 404)");
    }
}
