package io.rdesuite.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

class RateLimitCourtesyFilterTest {

    @Test
    void a429WithRetryAfter_isSentAgainAfterTheWait_andTheRetryAnswers() {
        try (StubHttpServer stub = StubHttpServer.start()) {
            stub.on("GET", "/reports/abc", StubHttpServer.Reply.json(429, "{\"message\":\" Rate Limit Exceeded \"}")
                    .withHeader("Retry-After", "0"), StubHttpServer.Reply.json(200, "{}"));

            Response response = RestAssured.given(new RequestSpecBuilder().setBaseUri(stub.baseUri().toString())
                    .addFilter(RateLimitCourtesyFilter.INSTANCE).build())
                    .queryParam("completed", true).get("/reports/{id}", "abc");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(stub.requests("GET", "/reports/abc")).hasSize(2)
                    .allSatisfy(r -> assertThat(r.rawQuery()).isEqualTo("completed=true"));
        }
    }

    @Test
    void aTargetThatKeepsAnswering429_isAskedAtMostFourTimes_andThe429IsReturned() {
        try (StubHttpServer stub = StubHttpServer.start()) {
            StubHttpServer.Reply refused = StubHttpServer.Reply.json(429, "{}").withHeader("Retry-After", "0");
            stub.on("GET", "/x", refused, refused, refused, refused, refused, refused);

            Response response = RestAssured.given(new RequestSpecBuilder().setBaseUri(stub.baseUri().toString())
                    .addFilter(RateLimitCourtesyFilter.INSTANCE).build()).pathParam("p", "x").get("/{p}");

            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(stub.requests("GET", "/x")).hasSize(4);
        }
    }
}
