package io.rdesuite.api;

/**
 * Deliberate mistakes the simulator can be told to make, so that each gate of the suite can be shown failing
 * against a broken target. None is on unless configured (in-process, by flag, or through the control API).
 */
public enum Defect {
    // authentication and authorisation
    AUTH_NOT_CHECKED("any request is treated as authenticated, even without a token"),
    EXPIRED_TOKENS_ACCEPTED("expired tokens are accepted"),
    SIGNATURE_NOT_CHECKED("tokens with a bad signature are accepted"),
    UNAUTHORIZED_BODY_AS_ERROR_DTO("401 answers an ErrorResponseDto instead of {\"error\": ...}"),
    SCOPES_NOT_CHECKED("a token without the operation's scope is let through"),
    FORBIDDEN_BODY_WITHOUT_DETAIL_CODE("403 answers an ErrorResponseDto without detailCode"),
    // validation
    VALIDATION_SKIPPED("startReport accepts any body; getReport accepts any fileFormat; /result any completed"),
    BAD_REQUEST_AS_500("invalid input answers 500 instead of 400"),
    TRACKING_ID_NOT_HEX("trackingId of error bodies is a dashed UUID instead of 32 hex"),
    // rate limiting
    RATE_LIMIT_NOT_ENFORCED("the rate limit is never enforced"),
    RETRY_AFTER_MISSING("429 answers carry no Retry-After header"),
    RETRY_AFTER_TOO_SHORT("Retry-After advises 1 second less than the wait the window really needs (0 at the least)"),
    RETRY_AFTER_HALVED("Retry-After advises half the wait the window really needs, rounded up to whole seconds"),
    RATE_LIMIT_BODY_WRONG("429 body is an ErrorResponseDto instead of {\"message\": ...}"),
    // faults
    ARMED_FAULTS_IGNORED("faults armed through the control API are not served"),
    FAULT_BODY_NOT_ERROR_DTO("armed 500 answers a plain text body"),
    // lifecycle and shapes
    REPEATED_START_CREATES_NEW_TASK("a repeated run while one runs creates a second task"),
    CANCEL_IGNORED("cancel answers 204 but the report keeps running to SUCCESS"),
    CANCEL_ANSWERS_200("cancel answers 200 with a body instead of 204"),
    TASK_ID_RENAMED("TaskResultDetails carries taskId instead of id"),
    TASK_TIMESTAMPS_DISORDERED("launched is earlier than created in startReport answers"),
    RESULT_STATUS_OUT_OF_ENUM("ReportResults.status is \"DONE\" instead of the enum"),
    RESULT_ROWS_AS_STRING("ReportResults.rows is a string"),
    RESULT_ROWS_OFF_BY_ONE("ReportResults.rows is one more than the file holds"),
    UNKNOWN_REPORT_FILE_AS_EMPTY_200("getReport of an unknown id answers 200 with an empty file"),
    NOT_FOUND_BODY_WRONG("404 answers {\"error\": ...} instead of an ErrorResponseDto"),
    CSV_MISSING_LAST_ROW("the CSV file lacks its last data row"),
    PDF_CORRUPT("the PDF file is truncated"),
    CONTENT_DISPOSITION_MISSING("getReport answers without Content-disposition"),
    WRONG_FILE_CONTENT_TYPE("getReport answers text/plain"),
    REQUEST_ID_MISSING("no SLPT-Request-ID header"),
    // reports a client waits for
    RESULT_FORGOTTEN("/result answers {} for a report it knows, as if it had lost it"),
    RESULT_OTHER_ID("/result answers another id than the one asked for"),
    RESULT_OTHER_REPORT_TYPE("/result answers another reportType than the report's"),
    REPORT_NEVER_COMPLETES("/result shows every report as still running (no status), whatever its state"),
    // the columns of the CSV files (a plain CSV and every CSV of a SEARCH_EXPORT zip)
    CSV_COLUMN_RENAMED("the CSV header's second column is named in snake_case (\"Account Name\" becomes \"account_name\")"),
    CSV_COLUMN_DROPPED("the CSV files lack their last column"),
    CSV_COLUMNS_REORDERED("the first two columns of the CSV files change places"),
    // how the API versions relate
    V2025_CANCEL_WRONG_STATUS("cancelReport through /v2025 answers 202 instead of 204 (the other versions stay right)"),
    RATE_BUDGET_SHARED_ACROSS_VERSIONS("the API versions draw on one rate budget per client instead of one each"),
    VERSIONS_SEPARATE_STATE("a report started through one API version is unknown to the others"),
    // what only a sequence of calls or an unusual input shows (docs/exploration.md)
    RESTART_AFTER_CANCEL_RETURNS_CANCELLED("a repeated start right after a cancel (within 2 ms, before any /result showed its end) answers the cancelled task"),
    REPORT_FORGOTTEN_AFTER_OTHER_CLIENT_POLL("once a client other than its launcher polls a report, /result answers {} and getReport 404 for it"),
    SEARCH_EXPORT_ROWS_OFF_BY_ONE("/result rows is one more than the files hold, only for a SEARCH_EXPORT over several indices"),
    NAME_WITH_SLASH_500("getReport with a name containing a slash answers 500"),
    DUPLICATE_INDEX_500("startReport of a SEARCH_EXPORT whose indices list holds a duplicate answers 500");

    private final String description;

    Defect(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
