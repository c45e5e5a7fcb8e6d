package io.rdesuite.load.endpoints;

import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.rdesuite.load.support.LoadRun;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * GET /v3/reports/{taskId}?fileFormat=csv|pdf and checks the file: a CSV holds a header line and the
 * {@code rows} the result announced; a PDF starts with %PDF-.
 */
public final class GetReport {

    public static final String OPERATION = "getReport";
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private GetReport() {
    }

    public static HttpRequestActionBuilder csv(LoadRun run) {
        return base(run, "csv", "text/csv, application/csv")
                .checkIf((response, session) -> response.status().code() == 200)
                .then(bodyString().transformWithSession((body, session) -> csvRowsMatch(body, session.getLong("rows")))
                        .is(true).name("CSV holds a header and the announced rows"));
    }

    public static HttpRequestActionBuilder pdf(LoadRun run) {
        return base(run, "pdf", "application/pdf")
                .checkIf((response, session) -> response.status().code() == 200)
                .then(bodyBytes().transform(b -> b.length >= PDF_MAGIC.length
                        && Arrays.equals(Arrays.copyOf(b, PDF_MAGIC.length), PDF_MAGIC)).is(true).name("PDF magic"));
    }

    private static HttpRequestActionBuilder base(LoadRun run, String format, String accept) {
        return http(OPERATION + " " + format)
                .get(session -> run.url("/v3/reports/" + session.getString("taskId") + "?fileFormat=" + format))
                .header("Authorization", run::bearer)
                .header("Accept", accept)
                .transformResponse((response, session) -> run.observe(OPERATION, response, session))
                .check(Gate.status429Aware(), status().in(200, 429), Gate.contract(run));
    }

    static boolean csvRowsMatch(String body, long rows) {
        long lines = body.lines().filter(l -> !l.isEmpty()).count();
        return lines == rows + 1;
    }
}
