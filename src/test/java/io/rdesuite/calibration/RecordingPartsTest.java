package io.rdesuite.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The parts a recording is made of: placeholders, shapes, and the assumption rows the table names. */
class RecordingPartsTest {

    @Test
    void placeholders_areStableInOrderOfAppearance_andKeepNoRawValue() {
        Placeholders p = new Placeholders();

        assertThat(p.id("0123456789abcdef0123456789ABCDEF")).isEqualTo("id-1");
        assertThat(p.id("ffffffffffffffffffffffffffffffff")).isEqualTo("id-2");
        assertThat(p.id("0123456789ABCDEF0123456789abcdef")).isEqualTo("id-1");
        assertThat(p.id("not-a-task-id")).isEqualTo("malformed");
        assertThat(p.client("Bearer " + jwt("{\"client_id\":\"acme-client\"}"))).isEqualTo("client-1");
        assertThat(p.client("Bearer " + jwt("{\"client_id\":\"other\"}"))).isEqualTo("client-2");
        assertThat(p.client("Bearer " + jwt("{\"client_id\":\"acme-client\",\"exp\":1}"))).isEqualTo("client-1");
        assertThat(p.client("Bearer not.a-jwt")).isEqualTo("unreadable-token");
        assertThat(p.client("Token abc")).isEqualTo("other-scheme");
        assertThat(p.client(null)).isEqualTo("none");
    }

    @Test
    void shape_keepsModelFieldsTypesAndEnumValues_only() throws Exception {
        JsonNode body = Recording.MAPPER.readTree("""
                {"id": "0123456789abcdef0123456789abcdef", "reportType": "ACCOUNTS", "taskDefName": "Jane Doe's export",
                 "status": "SUCCESS", "rows": 12, "availableFormats": ["CSV", "PDF"], "secretNote": "x"}""");

        JsonNode shape = Shapes.of(body, new Placeholders()::id);

        assertThat(shape.toString()).isEqualTo("{\"id\":\"id-1\",\"reportType\":\"=ACCOUNTS\",\"taskDefName\":\"string\","
                + "\"status\":\"=SUCCESS\",\"rows\":\"number\",\"availableFormats\":{\"array\":2,\"items\":[\"=CSV\","
                + "\"=PDF\"]},\"(undocumented)\":1}");
        assertThat(Shapes.withoutIds(shape).path("id").asText()).isEqualTo("id");
    }

    @Test
    void everyRowTheTableNames_isARowOfTheAssumptionsDocument() throws Exception {
        String doc = Files.readString(Path.of("docs/assumptions.md"));

        assertThat(Arrays.stream(AssumptionRow.values()).map(AssumptionRow::id))
                .allSatisfy(id -> assertThat(doc).contains("| `" + id + "` |"));
    }

    private static String jwt(String claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".sig";
    }
}
