package io.rdesuite.client;

import io.rdesuite.api.ReportType;

/**
 * A wait for a report gave up before its timeout because the answers show it cannot complete as expected: /result
 * answered {} for a report it had answered before, another id or report type, or a final status other than the
 * awaited success. The message names the report, what was wrong, what was expected and the last answer.
 */
public class UnexpectedResultException extends ClientException {

    private final String reportId;
    private final transient ReportType reportType;
    private final String lastAnswer;

    public UnexpectedResultException(String reportId, ReportType reportType, String problem, String expected,
                                     String lastAnswer) {
        super(ReportWait.name(reportId, reportType) + ": " + problem + "; expected " + expected + "; last answer: "
                + lastAnswer);
        this.reportId = reportId;
        this.reportType = reportType;
        this.lastAnswer = lastAnswer;
    }

    public String reportId() {
        return reportId;
    }

    public ReportType reportType() {
        return reportType;
    }

    /** The body of the last /result answer, on one line (shortened when long). */
    public String lastAnswer() {
        return lastAnswer;
    }
}
