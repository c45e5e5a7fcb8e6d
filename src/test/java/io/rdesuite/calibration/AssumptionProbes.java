package io.rdesuite.calibration;

import static io.rdesuite.api.Operation.CANCEL_REPORT;
import static io.rdesuite.api.Operation.GET_REPORT;
import static io.rdesuite.api.Operation.GET_REPORT_RESULT;
import static io.rdesuite.api.Operation.START_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.choices.OpenChoice;
import io.rdesuite.support.ReportRequests;
import io.rdesuite.support.ReportTimeout;
import io.rdesuite.support.SuiteVersions;
import io.rdesuite.support.TargetApi;
import io.rdesuite.support.TargetApi.Identity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The exchanges that settle the assumptions a recording can settle (docs/assumptions.md): each probe asks the
 * target a question the documents leave open and fails only when the answer is none the simulator can be set to
 * give (the compare then names it "not modelled"). Not part of the acceptance run: the calibration command runs
 * them, recorded. Reports are started through the pinned API version's paths; the rate-limit probe runs last.
 */
@DisplayName("Calibration probes: the answers the documents leave open")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssumptionProbes {

    /** Burst bound: above the documented 100 per 10 s, below anything a tenant minds. */
    static final int MAX_BURST = 150;
    private static final Duration POLL = Duration.ofMillis(250);

    @Test
    @Order(1)
    @DisplayName("cancel of a well-formed id that names no report")
    void cancelOfUnknownId() {
        Response r = TargetApi.current().manage().when().post(template(CANCEL_REPORT), unknownId());

        assertThat(r.statusCode()).as("cancel of an unknown id").isIn(OpenChoice.CANCEL_UNKNOWN.statuses());
    }

    @Test
    @Order(2)
    @DisplayName("result and file of a report that is still running")
    void whileRunning() {
        TargetApi api = TargetApi.current();
        String id = start(api, ReportType.ACCOUNTS);

        Response result = api.manage().when().get(template(GET_REPORT_RESULT), id);
        Response file = api.manage().queryParam("fileFormat", "csv").when().get(template(GET_REPORT), id);

        assertThat(result.statusCode()).as("/result of a running report").isEqualTo(200);
        assertThat(file.statusCode()).as("getReport before completion").isIn(404, 400);
    }

    @Test
    @Order(3)
    @DisplayName("time to completion, the CSV's content type, and cancel of a finished report")
    void onceFinished() throws InterruptedException {
        TargetApi api = TargetApi.current();
        String id = start(api, ReportType.IDENTITIES);
        Instant deadline = Instant.now().plus(ReportTimeout.get());
        while (!String.valueOf(api.manage().when().get(template(GET_REPORT_RESULT), id).jsonPath()
                .getString("status")).matches("SUCCESS|WARNING|FAILURE|TERMINATED")) {
            assertThat(Instant.now()).as("report %s ended within %s", "IDENTITIES", ReportTimeout.get())
                    .isBefore(deadline);
            Thread.sleep(POLL.toMillis());
        }

        Response file = api.manage().queryParam("fileFormat", "csv").when().get(template(GET_REPORT), id);
        Response cancel = api.manage().when().post(template(CANCEL_REPORT), id);

        assertThat(file.statusCode()).as("getReport of a completed report").isEqualTo(200);
        assertThat(file.contentType()).as("CSV content type").contains("csv");
        assertThat(cancel.statusCode()).as("cancel of a finished report").isIn(OpenChoice.CANCEL_FINISHED.statuses());
    }

    /**
     * A client without sp:report:manage: startReport (403), then a burst of /result to the first 429, then
     * startReport again: 429 when the rate limit is checked first, 403 when the scope is.
     */
    @Test
    @Order(4)
    @DisplayName("the rate limit of one client, and which of 403 and 429 comes first")
    void rateLimitAndCheckOrder() throws Exception {
        TargetApi api = TargetApi.current();
        Assumptions.assumeTrue(api.as(Identity.READ_ONLY).isPresent(), "no read-only client configured");
        LeanClient readOnly = new LeanClient(api.config().baseUri(), ((FilterableRequestSpecification)
                api.as(Identity.READ_ONLY).orElseThrow()).getHeaders().getValue("Authorization"));
        String report = Recording.MAPPER.writeValueAsString(ReportRequests.details(ReportType.ACCOUNTS));
        String result = template(GET_REPORT_RESULT).replace("{taskResultId}", unknownId());
        int first = readOnly.postJson(template(START_REPORT), report).status();

        int sent = 0;
        while (sent++ < MAX_BURST && readOnly.get(result).status() != 429) {
            // the burst goes on until the first 429
        }
        int second = readOnly.postJson(template(START_REPORT), report).status();

        assertThat(first).as("startReport without the scope").isIn(403, 429);
        assertThat(sent).as("requests until the first 429").isLessThanOrEqualTo(MAX_BURST);
        assertThat(second).as("startReport without the scope, over the limit").isIn(403, 429);
    }

    private static String start(TargetApi api, ReportType type) {
        return api.manage().body(ReportRequests.details(type)).contentType(ContentType.JSON)
                .when().post(template(START_REPORT)).then().statusCode(200).extract().path("id");
    }

    private static String template(io.rdesuite.api.Operation op) {
        ApiVersion version = SuiteVersions.selected().get(0);
        return op.template(version);
    }

    private static String unknownId() {
        byte[] b = new byte[16];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
