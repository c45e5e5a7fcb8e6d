package io.rdesuite.contract.openapi;

import io.rdesuite.support.OpenApiDocument;

/** The two checks of the project's copy, built once per test JVM (reading the document takes a second or two). */
final class ProjectCopyChecks {

    static final AnswerCheck LENIENT = new AnswerCheck(OpenApiDocument.projectCopy(), false);
    static final AnswerCheck STRICT = new AnswerCheck(OpenApiDocument.projectCopy(), true);

    private ProjectCopyChecks() {
    }
}
