package io.rdesuite.verdict;

/**
 * One undocumented addition in an answer of the target: reported, not failed (see {@link AnswerCheck}).
 *
 * @param version     the API version, e.g. v3
 * @param operationId the operation that answered
 * @param status      the answer's status code
 * @param where       a body field as a JSON pointer ({@code /messages/*}{@code /note}: array items written as
 *                    {@code *}, so that every item counts once), or a header's name in lower case
 * @param what        {@link #FIELD} or {@link #HEADER}
 */
public record Drift(String version, String operationId, int status, String where, String what) {

    public static final String FIELD = "undocumented field";
    public static final String HEADER = "undocumented header";

    /** "v3 startReport 200: undocumented field /note". */
    public String text() {
        return cell() + ": " + what + " " + where;
    }

    /** "v3 startReport 200". */
    public String cell() {
        return version + " " + operationId + " " + status;
    }
}
