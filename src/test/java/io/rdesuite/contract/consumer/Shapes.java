package io.rdesuite.contract.consumer;

import static io.rdesuite.contract.ReportsPact.HEX32;
import static io.rdesuite.contract.ReportsPact.ISO_DATE_TIME;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.core.model.matchingrules.NullMatcher;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import au.com.dius.pact.core.model.matchingrules.TypeMatcher;
import io.rdesuite.api.ReportType;

/**
 * The JSON shapes the client relies on, pinned with matchers: 32-hex ids, ISO date-times, enums by regex,
 * arrays by type; nullable fields accept null or their type, as the document says. Every example is fixed, so
 * a pact is the same file on every run.
 */
final class Shapes {

    static final String EXAMPLE_ID = "ef38f94347e94562b5bb8424a56397d8";
    static final String EXAMPLE_TIME = "2024-07-01T22:35:38.709Z";

    private static final String TASK_TYPE = "QUARTZ|QPOC|MENTOS|QUEUED_TASK";
    private static final String COMPLETION_STATUS = "SUCCESS|WARNING|ERROR|TERMINATED|TEMP_ERROR";
    private static final String RESULT_STATUS = "SUCCESS|FAILURE|WARNING|TERMINATED";
    private static final String FORMAT = "CSV|PDF";
    private static final String MESSAGE_TYPE = "INFO|WARN|ERROR";
    private static final String LOCALE_ORIGIN = "DEFAULT|REQUEST";

    private Shapes() {
    }

    /** TaskResultDetails of a report that was just started: launched, completed and completionStatus may be null. */
    static DslPart taskResultDetails(ReportType type) {
        PactDslJsonBody body = new PactDslJsonBody()
                .stringMatcher("type", TASK_TYPE, "QUARTZ")
                .stringMatcher("id", HEX32, EXAMPLE_ID)
                .stringValue("reportType", type.name())
                .stringType("description", "A detailed view of the identities in the system.")
                .stringType("launcher", "reports-suite")
                .stringMatcher("created", ISO_DATE_TIME, EXAMPLE_TIME);
        nullableMatching(body, "launched", ISO_DATE_TIME, EXAMPLE_TIME);
        body.or("completed", null, NullMatcher.INSTANCE, new RegexMatcher(ISO_DATE_TIME));
        body.or("completionStatus", null, NullMatcher.INSTANCE, new RegexMatcher(COMPLETION_STATUS));
        body.or("progress", "Initializing...", NullMatcher.INSTANCE, TypeMatcher.INSTANCE);
        body.minArrayLike("messages", 0, new PactDslJsonBody()
                .stringMatcher("type", MESSAGE_TYPE, "WARN")
                .booleanType("error", false)
                .booleanType("warning", true)
                .stringType("key", "report_warning")
                .stringType("localizedText", "Some rows could not be read."), 1);
        body.minArrayLike("returns", 0, new PactDslJsonBody()
                .stringType("displayLabel", "Rows")
                .stringType("attributeName", "rows"), 1);
        return body;
    }

    /** ReportResults of a finished report: status, duration, rows and formats are there. */
    static DslPart completedResult(ReportType type) {
        return runningResultBody(type)
                .stringMatcher("status", RESULT_STATUS, "SUCCESS")
                .integerType("duration", 3681L)
                .integerType("rows", 193L);
    }

    /**
     * ReportResults of a report that still runs. The document has no running status (decision in the
     * simulator's RunningResultView): the client pins what is there and reads a missing status as running.
     */
    static DslPart runningResult(ReportType type) {
        return runningResultBody(type);
    }

    private static PactDslJsonBody runningResultBody(ReportType type) {
        PactDslJsonBody body = new PactDslJsonBody()
                .stringValue("reportType", type.name())
                .stringType("taskDefName", "Identities Details Report")
                .stringMatcher("id", HEX32, EXAMPLE_ID)
                .stringMatcher("created", ISO_DATE_TIME, EXAMPLE_TIME);
        body.minArrayLike("availableFormats", 1, PactDslJsonRootValue
                .stringMatcher(FORMAT, "CSV"), 1);
        return body;
    }

    /** ErrorResponseDto: detailCode, a 32-hex trackingId, at least one message; locale fields nullable. */
    static DslPart errorResponse(String detailCodePattern, String detailCodeExample, String text) {
        PactDslJsonBody message = new PactDslJsonBody();
        message.or("locale", "en-US", NullMatcher.INSTANCE, TypeMatcher.INSTANCE);
        message.or("localeOrigin", "DEFAULT", NullMatcher.INSTANCE, new RegexMatcher(LOCALE_ORIGIN));
        message.stringType("text", text);
        return new PactDslJsonBody()
                .stringMatcher("detailCode", detailCodePattern, detailCodeExample)
                .stringMatcher("trackingId", HEX32, "b21b1f7ce4da4d639f2c62a57171b427")
                .minArrayLike("messages", 1, message, 1);
    }

    /** The 401 body: {"error": text}, not an ErrorResponseDto (published defect 4). */
    static DslPart jwtError() {
        return new PactDslJsonBody().stringType("error", "JWT validation failed: JWT is expired");
    }

    /** The 429 body: {"message": text}, not an ErrorResponseDto (published defect 4). */
    static DslPart rateLimited() {
        return new PactDslJsonBody().stringType("message", " Rate Limit Exceeded ");
    }

    private static void nullableMatching(PactDslJsonBody body, String name, String regex, String example) {
        body.or(name, example, NullMatcher.INSTANCE, new RegexMatcher(regex));
    }
}
