package io.rdesuite.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rdesuite.verdict.DriftLog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * allure-results/categories.json sorts the report's failures: product defects (contract, auth, rate limit), the
 * target being unreachable, and skips a target cannot show; and, among passed tests, those whose answers carried
 * undocumented additions (drift: the status message {@link DriftLog} gives them). Matched here as Allure
 * matches them: status listed, whole message against the regex with DOTALL; a failure no category takes lands
 * in Allure's own "Product defects" (failed) or "Test defects" (broken).
 */
class AllureCategoriesTest {

    private static final JsonNode CATEGORIES = read();

    @Test
    void failuresOfTheApi_fallIntoTheirCategory() {
        assertThat(categories("failed", "1 expectation failed.\nExpected status code <200> but was <500>."))
                .containsExactly("Contract violation");
        assertThat(categories("failed", "JWT validation failed: JWT is expired")).containsExactly("Auth");
        assertThat(categories("failed", "missing Retry-After on a refusal")).containsExactly("Rate limited");
    }

    @Test
    void drift_isAPassedTestWithTheDriftMessage_andNoFailure() {
        String drift = DriftLog.MESSAGE + "v3 getReport 200: undocumented field /owner";

        assertThat(categories("passed", drift)).containsExactly("Drift: undocumented additions");
        assertThat(categories("failed", drift.replace(DriftLog.MESSAGE, "Contract violation: "))).doesNotContain(
                "Drift: undocumented additions");
        assertThat(categories("passed", "")).isEmpty();
    }

    @Test
    void anUnreachableTarget_isNotAVerdictOnTheApi() {
        assertThat(categories("broken", "java.net.ConnectException: Connection refused"))
                .containsExactly("Target unavailable");
    }

    @Test
    void skipsATargetCannotShow_andTestErrors_areApart() {
        assertThat(categories("skipped", "not inducible on this target: no control API"))
                .containsExactly("Not inducible on this target");
        assertThat(categories("broken", "NullPointerException: Cannot invoke \"String.length()\"")).isEmpty();
    }

    private static List<String> categories(String status, String message) {
        List<String> names = new ArrayList<>();
        for (JsonNode category : CATEGORIES) {
            if (contains(category.path("matchedStatuses"), status) && Pattern.compile(category.path("messageRegex").asText(), Pattern.DOTALL)
                    .matcher(message).matches()) {
                names.add(category.path("name").asText());
            }
        }
        return names;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(OpenApiDocument.locate("allure-results/categories.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
