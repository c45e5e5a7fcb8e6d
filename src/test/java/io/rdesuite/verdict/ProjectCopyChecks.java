package io.rdesuite.verdict;

/** The two checks of the project's copies, built once per test JVM (reading a document takes a second or two). */
final class ProjectCopyChecks {

    static final AnswerCheck LENIENT = new AnswerCheck(false);
    static final AnswerCheck STRICT = new AnswerCheck(true);

    private ProjectCopyChecks() {
    }
}
