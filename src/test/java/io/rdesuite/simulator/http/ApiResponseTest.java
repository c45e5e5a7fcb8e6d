package io.rdesuite.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a {@link ResponseRewriter} relies on: a JSON body changed as a tree shows in the bytes written. */
class ApiResponseTest {

    private record Body(String id, int rows) {
    }

    @Test
    void jsonValue_isWrittenAsJson() {
        ApiResponse response = ApiResponse.json(200, new Body("abc", 3));

        assertThat(text(response)).isEqualTo("{\"id\":\"abc\",\"rows\":3}");
        assertThat(response.contentType()).isEqualTo(ApiResponse.JSON);
    }

    @Test
    void changesToTheJsonObject_showInTheBody() {
        ApiResponse response = ApiResponse.json(200, new Body("abc", 3));

        ObjectNode json = response.jsonObject();
        json.put("rows", 4);

        assertThat(text(response)).isEqualTo("{\"id\":\"abc\",\"rows\":4}");
    }

    @Test
    void jsonBytes_areReadAsATree_andTheSharedArrayIsLeftAlone() {
        byte[] shared = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        ApiResponse response = new ApiResponse(200, ApiResponse.JSON, shared);

        response.jsonObject().put("b", 2);

        assertThat(text(response)).isEqualTo("{\"a\":1,\"b\":2}");
        assertThat(new String(shared, StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    }

    @Test
    void aBodyThatIsNoJsonObject_hasNoJsonObject() {
        assertThat(new ApiResponse(200, "text/csv", "a,b\r\n".getBytes(StandardCharsets.UTF_8)).jsonObject()).isNull();
        assertThat(new ApiResponse(200, ApiResponse.JSON, "[1]".getBytes(StandardCharsets.UTF_8)).jsonObject()).isNull();
        assertThat(ApiResponse.empty(204).jsonObject()).isNull();
    }

    @Test
    void withoutHeader_marksTheHeaderToLeaveOut() {
        ApiResponse response = ApiResponse.empty(204).header("Retry-After", "3");

        response.withoutHeader("Retry-After").withoutHeader("SLPT-Request-ID");

        assertThat(response.header("Retry-After")).isNull();
        assertThat(response.headers()).containsOnlyKeys("Retry-After", "SLPT-Request-ID");
        assertThat(response.headers().values()).containsOnlyNulls();
    }

    @Test
    void aNewJsonValue_replacesTheBody() {
        ApiResponse response = new ApiResponse(404, "text/plain", new byte[] {1});

        response.json(Map.of("error", "Not Found"));

        assertThat(text(response)).isEqualTo("{\"error\":\"Not Found\"}");
        assertThat(response.isJson()).isTrue();
    }

    private static String text(ApiResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
