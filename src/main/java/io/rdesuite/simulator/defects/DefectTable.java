package io.rdesuite.simulator.defects;

import static io.rdesuite.api.Defect.*;

import io.rdesuite.api.Defect;
import io.rdesuite.simulator.defects.Effect.Behaviour;
import io.rdesuite.simulator.defects.Effect.Check;
import java.util.List;

/**
 * Every deliberate defect and what it does: the one place to add a defect (with its name and description in
 * {@link Defect}). A defect waives a check of the gateway, repairs requests before the honest operation sees them,
 * rewrites answers after it made them, or bends the report lifecycle. Rewrites apply in the order of this table.
 */
final class DefectTable {

    /** One defect and its effect. */
    record Entry(Defect defect, Effect effect) {
    }

    static final List<Entry> ENTRIES = List.of(
            // decisions the gateway or an operation makes
            entry(AUTH_NOT_CHECKED, waive(Check.AUTHENTICATION)),
            entry(EXPIRED_TOKENS_ACCEPTED, waive(Check.TOKEN_EXPIRY)),
            entry(SIGNATURE_NOT_CHECKED, waive(Check.TOKEN_SIGNATURE)),
            entry(SCOPES_NOT_CHECKED, waive(Check.SCOPES)),
            entry(RATE_LIMIT_NOT_ENFORCED, waive(Check.RATE_LIMIT)),
            entry(ARMED_FAULTS_IGNORED, waive(Check.ARMED_FAULTS)),
            entry(VALIDATION_SKIPPED, new Effect.RepairRequests(ValidationSkipped::repair)),
            entry(REPEATED_START_CREATES_NEW_TASK, bend(Behaviour.NEW_TASK_ON_REPEATED_START)),
            entry(CANCEL_IGNORED, bend(Behaviour.CANCEL_IGNORED)),
            // answers replaced by others (before the rewrites below, which then apply to them too)
            entry(UNKNOWN_REPORT_FILE_AS_EMPTY_200, rewrite(ReportAnswers::unknownFileAsEmpty200)),
            entry(CANCEL_ANSWERS_200, rewrite(ReportAnswers::cancelAnswers200)),
            entry(BAD_REQUEST_AS_500, rewrite(ErrorAnswers::badRequestAs500)),
            entry(UNAUTHORIZED_BODY_AS_ERROR_DTO, rewrite(ErrorAnswers::unauthorizedAsErrorDto)),
            entry(NOT_FOUND_BODY_WRONG, rewrite(ErrorAnswers::notFoundBodyWrong)),
            entry(RATE_LIMIT_BODY_WRONG, rewrite(ErrorAnswers::rateLimitBodyAsErrorDto)),
            entry(FAULT_BODY_NOT_ERROR_DTO, rewrite(ErrorAnswers::faultBodyAsPlainText)),
            // details of an answer
            entry(FORBIDDEN_BODY_WITHOUT_DETAIL_CODE, rewrite(ErrorAnswers::forbiddenWithoutDetailCode)),
            entry(TRACKING_ID_NOT_HEX, rewrite(ErrorAnswers::trackingIdAsUuid)),
            entry(RETRY_AFTER_MISSING, rewrite(ErrorAnswers::retryAfterMissing)),
            entry(RETRY_AFTER_TOO_SHORT, rewrite(ErrorAnswers::retryAfterOneSecondShort)),
            entry(RETRY_AFTER_HALVED, rewrite(ErrorAnswers::retryAfterHalved)),
            entry(TASK_ID_RENAMED, rewrite(ReportAnswers::taskIdRenamed)),
            entry(TASK_TIMESTAMPS_DISORDERED, rewrite(ReportAnswers::launchedBeforeCreated)),
            entry(RESULT_STATUS_OUT_OF_ENUM, rewrite(ReportAnswers::resultStatusDone)),
            entry(RESULT_ROWS_OFF_BY_ONE, rewrite(ReportAnswers::resultRowsPlusOne)),
            entry(RESULT_ROWS_AS_STRING, rewrite(ReportAnswers::resultRowsAsString)),
            entry(CSV_MISSING_LAST_ROW, rewrite(ReportAnswers::csvWithoutLastRow)),
            entry(CSV_COLUMN_RENAMED, rewrite(CsvColumns::renameSecond)),
            entry(CSV_COLUMN_DROPPED, rewrite(CsvColumns::dropLast)),
            entry(CSV_COLUMNS_REORDERED, rewrite(CsvColumns::swapFirstTwo)),
            entry(PDF_CORRUPT, rewrite(ReportAnswers::pdfTruncated)),
            entry(CONTENT_DISPOSITION_MISSING, rewrite(ReportAnswers::withoutContentDisposition)),
            entry(WRONG_FILE_CONTENT_TYPE, rewrite(ReportAnswers::fileAsTextPlain)),
            entry(REQUEST_ID_MISSING, rewrite((context, operation, request, response) ->
                    response.withoutHeader("SLPT-Request-ID"))),
            // the result a client waits for
            entry(RESULT_FORGOTTEN, rewrite(ResultAnswers::forgotten)),
            entry(RESULT_OTHER_ID, rewrite(ResultAnswers::otherId)),
            entry(RESULT_OTHER_REPORT_TYPE, rewrite(ResultAnswers::otherReportType)),
            entry(REPORT_NEVER_COMPLETES, rewrite(ResultAnswers::neverCompletes)),
            // how the API versions relate
            entry(V2025_CANCEL_WRONG_STATUS, rewrite(VersionAnswers::v2025CancelAnswers202)),
            entry(RATE_BUDGET_SHARED_ACROSS_VERSIONS, bend(Behaviour.ONE_RATE_BUDGET_FOR_ALL_VERSIONS)),
            entry(VERSIONS_SEPARATE_STATE, bend(Behaviour.STATE_PER_VERSION)),
            // what only a sequence of calls or an unusual input shows
            entry(RESTART_AFTER_CANCEL_RETURNS_CANCELLED, rewrite(SequenceAnswers::restartReturnsCancelled)),
            entry(REPORT_FORGOTTEN_AFTER_OTHER_CLIENT_POLL, rewrite(SequenceAnswers::forgottenAfterOtherClientPoll)),
            entry(SEARCH_EXPORT_ROWS_OFF_BY_ONE, rewrite(SequenceAnswers::searchExportRowsPlusOne)),
            entry(NAME_WITH_SLASH_500, rewrite(SequenceAnswers::nameWithSlashAs500)),
            entry(DUPLICATE_INDEX_500, rewrite(SequenceAnswers::duplicateIndexAs500)));

    private DefectTable() {
    }

    private static Entry entry(Defect defect, Effect effect) {
        return new Entry(defect, effect);
    }

    private static Effect waive(Check check) {
        return new Effect.Waive(check);
    }

    private static Effect rewrite(Effect.Rewrite rewrite) {
        return new Effect.RewriteAnswers(rewrite);
    }

    private static Effect bend(Behaviour behaviour) {
        return new Effect.Bend(behaviour);
    }
}
