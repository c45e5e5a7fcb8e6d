package io.rdesuite.contract.consumer;

import static io.rdesuite.api.Operation.GET_REPORT;
import static io.rdesuite.contract.ProviderStates.TASK_RESULT_ID_EXPRESSION;
import static io.rdesuite.contract.ProviderStates.UNKNOWN_ID;
import static io.rdesuite.contract.ReportsPact.CONSUMER;
import static io.rdesuite.contract.ReportsPact.PROVIDER;
import static io.rdesuite.contract.consumer.PactClients.authorized;
import static io.rdesuite.contract.consumer.PactClients.client;
import static io.rdesuite.contract.consumer.Shapes.EXAMPLE_ID;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.matchingrules.ContentTypeMatcher;
import io.rdesuite.client.ApiException;
import io.rdesuite.client.ReportFile;
import io.rdesuite.api.FileFormat;
import io.rdesuite.contract.Cells;
import io.rdesuite.contract.ProviderStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * getReport (?fileFormat=): the CSV (text, any rows) and the PDF (binary, by content type) of a completed
 * report, with Content-disposition; and 404 for an id without a file.
 */
@ExtendWith(PactFileLock.class)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class GetReportPactTest {

    /** As published (defect 3: the registered type is text/csv); the simulator's csvContentType follows it. */
    static final String CSV_TYPE = "application/csv";
    /**
     * The Content-Type a CSV download may carry: the honest values of the open choice csv-content-type
     * (application/csv or text/csv), compared as RFC 9110 says: any case, any parameters.
     */
    static final String CSV_TYPES = "(?i)(application|text)/csv\\s*(;.*)?";
    static final byte[] CSV_EXAMPLE = "\"displayName\",\"email\"\r\n\"Ada Lovelace\",\"ada@example.com\"\r\n"
            .getBytes(UTF_8);
    static final byte[] PDF_EXAMPLE = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(US_ASCII);
    static final String DISPOSITION = "(?i)attachment;\\s*filename=.+";

    @Pact(consumer = CONSUMER)
    V4Pact downloadCsvReport(PactDslWithProvider builder) {
        V4Pact pact = authorized(builder
                .given(ProviderStates.COMPLETED_IDENTITIES_REPORT)
                .uponReceiving("a request for the CSV file of a completed IDENTITIES report")
                .method(GET_REPORT.method())
                .pathFromProviderState(GET_REPORT.path(TASK_RESULT_ID_EXPRESSION), GET_REPORT.path(EXAMPLE_ID))
                .query("fileFormat=csv"))
                .willRespondWith()
                .status(200)
                .withBinaryData(CSV_EXAMPLE, CSV_TYPE)
                .matchHeader("Content-Type", CSV_TYPES, CSV_TYPE)
                .matchHeader("Content-disposition", DISPOSITION, "attachment;filename=\"Identities Report.csv\"")
                .toPact(V4Pact.class);
        // Any text will do as the body: Pact has no CSV matcher, and CSV is detected as text/plain.
        pact.getInteractions().get(0).asSynchronousRequestResponse().getResponse().getMatchingRules()
                .addCategory("body").setRule("$", new ContentTypeMatcher("text/plain"));
        return pact;
    }

    @Pact(consumer = CONSUMER)
    V4Pact downloadPdfReport(PactDslWithProvider builder) {
        return authorized(builder
                .given(ProviderStates.COMPLETED_IDENTITIES_REPORT)
                .uponReceiving("a request for the PDF file of a completed IDENTITIES report")
                .method(GET_REPORT.method())
                .pathFromProviderState(GET_REPORT.path(TASK_RESULT_ID_EXPRESSION), GET_REPORT.path(EXAMPLE_ID))
                .query("fileFormat=pdf"))
                .willRespondWith()
                .status(200)
                .withBinaryData(PDF_EXAMPLE, "application/pdf")
                .matchHeader("Content-disposition", DISPOSITION, "attachment;filename=\"Identities Report.pdf\"")
                .toPact(V4Pact.class);
    }

    @Pact(consumer = CONSUMER)
    V4Pact downloadUnknownReport(PactDslWithProvider builder) {
        return authorized(builder
                .given(ProviderStates.NO_SUCH_REPORT)
                .uponReceiving("a request for the CSV file of a report that does not exist")
                .method(GET_REPORT.method())
                .path(GET_REPORT.path(UNKNOWN_ID))
                .query("fileFormat=csv"))
                .willRespondWith()
                .status(404)
                .body(Shapes.errorResponse("404 Not found", "404 Not found",
                        "<h1>File Not Found - 404 Error</h1> The requested file was not found."))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "downloadCsvReport")
    void getReport_csv_answersTextWithFileName(MockServer mockServer) {
        Cells.label(GET_REPORT, 200);

        ReportFile file = client(mockServer).getReport(EXAMPLE_ID, FileFormat.CSV);

        assertThat(file.contentType()).startsWith(CSV_TYPE);
        assertThat(file.fileName()).endsWith(".csv");
        assertThat(file.csvRecords()).first().asList().contains("displayName");
    }

    @Test
    @PactTestFor(pactMethod = "downloadPdfReport")
    void getReport_pdf_answersPdfBytesWithFileName(MockServer mockServer) {
        Cells.label(GET_REPORT, 200);

        ReportFile file = client(mockServer).getReport(EXAMPLE_ID, FileFormat.PDF);

        assertThat(file.contentType()).startsWith("application/pdf");
        assertThat(file.isPdf()).isTrue();
        assertThat(file.fileName()).endsWith(".pdf");
    }

    @Test
    @PactTestFor(pactMethod = "downloadUnknownReport")
    void getReport_ofUnknownReport_answers404WithErrorResponseDto(MockServer mockServer) {
        Cells.label(GET_REPORT, 404);

        ApiException e = catchThrowableOfType(ApiException.class,
                () -> client(mockServer).getReport(UNKNOWN_ID, FileFormat.CSV));

        assertThat(e.status()).isEqualTo(404);
        assertThat(e.errorResponse()).hasValueSatisfying(dto -> assertThat(dto.detailCode()).isEqualTo("404 Not found"));
    }
}
