package io.rdesuite.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.model.ReportArguments;
import io.rdesuite.api.model.ReportDetails;
import io.rdesuite.api.model.ReportResults;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.model.TaskResultDetails;
import io.rdesuite.support.MutableClock;
import io.rdesuite.support.StubHttpServer;
import io.rdesuite.support.StubHttpServer.Recorded;
import io.rdesuite.support.StubHttpServer.Reply;
import io.restassured.filter.Filter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReportsClientTest {

    private static final String TASK = """
            {"type":"QUARTZ","id":"a248c16fe22222b2bd49615481311111","reportType":"IDENTITIES",
             "description":"A summary of the identities in the system.","parentName":null,"launcher":"client-1",
             "created":"2026-08-01T10:00:00.000Z","launched":null,"completed":null,"completionStatus":null,
             "messages":[],"returns":[],"attributes":{},"progress":null}""";

    private final StubHttpServer stub = StubHttpServer.start();
    private final MutableClock clock = MutableClock.at("2026-08-01T10:00:00Z");
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final AtomicInteger filtered = new AtomicInteger();
    private final Filter countingFilter = (request, response, context) -> {
        filtered.incrementAndGet();
        return context.next(request, response);
    };
    private final ReportsClient client = ReportsClient.builder(stub.baseUri())
            .tokenProvider(new StaticTokenProvider("tok-1"))
            .filters(List.of(countingFilter))
            .sleeper(sleeper)
            .clock(clock)
            .build();

    @AfterEach
    void stopStub() {
        stub.close();
    }

    @Test
    void startReport_postsTheDetailsAsJsonWithTheBearerToken() throws Exception {
        stub.on("POST", "/v3/reports/run", Reply.json(200, TASK));

        TaskResultDetails task = client.startReport(ReportDetails.of(new ReportArguments.Identities(true)));

        assertThat(task.id()).isEqualTo("a248c16fe22222b2bd49615481311111");
        assertThat(task.isRunning()).isTrue();
        Recorded request = stub.requests().get(0);
        assertThat(request.header("Authorization")).isEqualTo("Bearer tok-1");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        JsonNode body = Json.mapper().readTree(request.body());
        assertThat(body.get("reportType").asText()).isEqualTo("IDENTITIES");
        assertThat(body.at("/arguments/correlatedOnly").asBoolean()).isTrue();
    }

    @Test
    void getReportResult_sendsCompletedOnlyWhenAsked() {
        stub.on("GET", "/v3/reports/abc/result",
                Reply.json(200, "{\"id\":\"abc\",\"reportType\":\"ACCOUNTS\",\"status\":\"SUCCESS\",\"rows\":2}"));

        ReportResults plain = client.getReportResult("abc");
        client.getReportResult("abc", true);

        assertThat(plain.status()).isEqualTo(ReportResults.ReportStatus.SUCCESS);
        assertThat(plain.reportType()).isEqualTo(ReportType.ACCOUNTS);
        List<Recorded> requests = stub.requests("GET", "/v3/reports/abc/result");
        assertThat(requests.get(0).rawQuery()).isNull();
        assertThat(requests.get(1).query()).isEqualTo(Map.of("completed", "true"));
    }

    @Test
    void getReport_asksForTheFormatAndReadsTheFile() {
        stub.on("GET", "/v3/reports/abc", Reply.bytes(200, "application/csv", "id\n1\n".getBytes(UTF_8))
                .withHeader("Content-disposition", "attachment;filename=\"my report.csv\""));

        ReportFile file = client.getReport("abc", FileFormat.CSV, "my report", true);

        assertThat(file.csvRecords()).containsExactly(List.of("id"), List.of("1"));
        assertThat(file.contentType()).isEqualTo("application/csv");
        assertThat(file.fileName()).isEqualTo("my report.csv");
        Recorded request = stub.requests().get(0);
        assertThat(request.query())
                .isEqualTo(Map.of("fileFormat", "csv", "name", "my report", "auditable", "true"));
        assertThat(request.header("Accept")).startsWith("text/csv, application/csv").contains("*/*;q=0.1");
    }

    @Test
    void getReport_forPdf_acceptsPdfFirstAndLeavesOutUnsetParameters() {
        stub.on("GET", "/v3/reports/abc", Reply.bytes(200, "application/pdf", "%PDF-1.7".getBytes(UTF_8)));

        ReportFile file = client.getReport("abc", FileFormat.PDF);

        assertThat(file.isPdf()).isTrue();
        Recorded request = stub.requests().get(0);
        assertThat(request.query()).isEqualTo(Map.of("fileFormat", "pdf"));
        assertThat(request.header("Accept")).startsWith("application/pdf,");
    }

    @Test
    void cancelReport_acceptsOnly204() {
        stub.on("POST", "/v3/reports/abc/cancel", Reply.status(204), Reply.json(200, "{}"));

        client.cancelReport("abc");

        assertThatThrownBy(() -> client.cancelReport("abc"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(200));
    }

    @Test
    void errorAnswer_becomesApiExceptionWithItsErrorResponse() {
        stub.on("POST", "/v3/reports/run", Reply.json(400, """
                {"detailCode":"400.1.3 Illegal value","trackingId":"0123456789abcdef0123456789abcdef",
                 "messages":[{"locale":"en-US","localeOrigin":"DEFAULT","text":"reportType is illegal"}],
                 "causes":[]}""").withHeader("SLPT-Request-ID", "fedcba9876543210fedcba9876543210"));

        assertThatThrownBy(() -> client.startReport(ReportDetails.of(new ReportArguments.Identities(null))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.operation()).isEqualTo("POST /v3/reports/run");
                    assertThat(e.header("slpt-request-id")).contains("fedcba9876543210fedcba9876543210");
                    assertThat(e.errorResponse()).hasValueSatisfying(dto -> {
                        assertThat(dto.detailCode()).isEqualTo("400.1.3 Illegal value");
                        assertThat(dto.firstMessage()).isEqualTo("reportType is illegal");
                    });
                })
                .hasMessageStartingWith("POST /v3/reports/run answered 400: ");
    }

    @Test
    void bodyThatIsNoErrorResponse_leavesErrorResponseEmptyButKeepsTheBody() {
        stub.on("GET", "/v3/reports/abc/result", Reply.json(401,
                "{\"error\":\"JWT validation failed: JWT is expired\"}"));

        assertThatThrownBy(() -> client.getReportResult("abc"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.errorResponse()).isEmpty();
                    assertThat(e.body()).contains("JWT is expired");
                });
    }

    @Test
    void filters_seeEveryRequestIncludingRawOnes() {
        stub.on("GET", "/v3/reports/abc/result", Reply.json(200, "{}"));

        client.getReportResult("abc");
        int status = client.request().get("/v3/reports/abc/result").statusCode();

        assertThat(status).isEqualTo(200);
        assertThat(filtered).hasValue(2);
    }

    @Test
    void request_carriesTheTokenAndUnauthenticatedRequestDoesNot() {
        stub.on("GET", "/v3/reports/abc/result", Reply.json(200, "{}"));

        client.request().get("/v3/reports/abc/result");
        client.unauthenticatedRequest().get("/v3/reports/abc/result");

        assertThat(stub.requests()).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer tok-1", null);
    }

    @Test
    void withTokenProvider_actsAsTheOtherIdentity() {
        stub.on("GET", "/v3/reports/abc/result", Reply.json(200, "{}"));

        ReportResults empty = client.withTokenProvider(new StaticTokenProvider("reader")).getReportResult("abc");

        assertThat(empty.isEmpty()).isTrue();
        assertThat(stub.requests().get(0).header("Authorization")).isEqualTo("Bearer reader");
    }

    @Test
    void answerSlowerThanTheReadTimeout_failsNamingOperationAndTarget() {
        stub.on("GET", "/v3/reports/abc/result", Reply.json(200, "{}").withDelay(2_000));
        ReportsClient impatient = ReportsClient.builder(stub.baseUri())
                .tokenProvider(new StaticTokenProvider("tok-1"))
                .readTimeout(Duration.ofMillis(300))
                .build();

        assertThatThrownBy(() -> impatient.getReportResult("abc"))
                .isInstanceOf(ClientException.class)
                .isNotInstanceOf(TargetUnreachableException.class)
                .hasMessage("GET /v3/reports/{taskResultId}/result on " + stub.baseUri() + " failed: Read timed out");
    }
}
