package io.rdesuite.load.endpoints;

import static io.gatling.javaapi.core.CoreDsl.bodyBytes;

import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.Operation;
import io.rdesuite.client.ReportFile;
import io.rdesuite.load.support.LoadRun;

/**
 * getReport of the session's {@code taskId} in one format, and checks the file with the project's reader
 * ({@link ReportFile}): a CSV (a zip of CSVs for SEARCH_EXPORT) holds a header line and the {@code rows} the
 * result announced; a PDF is a PDF.
 */
public final class GetReport {

    private static final Operation OPERATION = Operation.GET_REPORT;

    private GetReport() {
    }

    public static HttpRequestActionBuilder csv(LoadRun run) {
        return download(run, FileFormat.CSV, "text/csv, application/csv, application/zip;q=0.5")
                .checkIf(ApiRequest.succeeded(OPERATION))
                .then(bodyBytes().transformWithSession((body, session) -> dataRows(file(body)) == session.getLong("rows"))
                        .is(true).name("CSV holds a header and the announced rows"));
    }

    public static HttpRequestActionBuilder pdf(LoadRun run) {
        return download(run, FileFormat.PDF, FileFormat.PDF.registeredMediaType())
                .checkIf(ApiRequest.succeeded(OPERATION))
                .then(bodyBytes().transform(body -> file(body).isPdf()).is(true).name("PDF magic"));
    }

    private static HttpRequestActionBuilder download(LoadRun run, FileFormat format, String accept) {
        return ApiRequest.of(run, OPERATION, " " + format.queryValue(), (response, session) -> { })
                .queryParam("fileFormat", format.queryValue())
                .header("Accept", accept);
    }

    private static ReportFile file(byte[] body) {
        return new ReportFile(body, null, null);
    }

    /** The records after each header: of the file, or of every CSV in it when it is a zip. */
    static long dataRows(ReportFile csv) {
        return csv.csvFiles().values().stream().mapToLong(records -> records.size() - 1).sum();
    }
}
