package io.rdesuite.support;

import io.qameta.allure.SeverityLevel;
import io.rdesuite.api.Operation;
import org.junit.jupiter.api.Assumptions;

/**
 * The first line of every acceptance scenario: which (version, operation, status) cell it covers, its story and severity
 * as Allure labels. Also decides what a scenario that cannot run on this target does: SKIPPED with the reason. A skip
 * is no verdict on the API; under -Dreports.requireFullMatrix=true the coverage matrix fails the build naming every
 * skipped cell and variant with its reason ({@code CoverageMatrix.requireFullMatrix}).
 */
public final class Scenario {

    public static final String REQUIRE_FULL_MATRIX = "reports.requireFullMatrix";

    private Scenario() {
    }

    /**
     * Labels the running scenario: its cell in the version it runs for ({@link SuiteVersions#current()}, see
     * {@link AllureLabels#cell}), story and severity.
     */
    public static void covers(Operation operation, int status, String story, SeverityLevel severity) {
        AllureLabels.cell(SuiteVersions.current(), operation.id(), status);
        AllureLabels.label("story", story);
        AllureLabels.label("severity", severity.value());
    }

    /**
     * Where the status depends on an open choice: the running scenario covers the status the target answered, not
     * the one {@link #covers} first named (a status the operation does not document is then in no cell).
     */
    public static void coversInstead(int status) {
        AllureLabels.recell(status);
    }

    /** Goes on only when {@code possible}; otherwise skips with {@code reason} (see the class comment). */
    public static void requireTarget(boolean possible, String reason) {
        if (!possible) {
            Assumptions.abort(reason);
        }
    }
}
