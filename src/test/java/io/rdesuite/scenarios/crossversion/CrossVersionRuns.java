package io.rdesuite.scenarios.crossversion;

import io.qameta.allure.SeverityLevel;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportType;
import io.rdesuite.client.ReportsClient;
import io.rdesuite.support.AllureLabels;
import io.rdesuite.support.SuiteVersions;
import io.rdesuite.support.TargetApi;
import java.util.List;

/** What the cross-version scenarios share: when they run, how they are labelled, the reports they read. */
final class CrossVersionRuns {

    private CrossVersionRuns() {
    }

    /**
     * With one version selected, says in one console line why the class runs nothing (its scenarios have no pair
     * of versions: zero invocations, so no result without a cell reaches the report).
     */
    static void sayWhenSkipped(String what) {
        List<ApiVersion> selected = SuiteVersions.selected();
        if (!SuiteVersions.several()) {
            System.out.println("[reports] " + what + " skipped: only " + selected.get(0).label()
                    + " is selected; they need two versions or more (SAIL_API_VERSIONS=v3,v1 or all)");
        }
    }

    static List<VersionPair> everyOrderedPair() {
        return SuiteVersions.several() ? VersionPair.everyOrdered(SuiteVersions.selected()) : List.of();
    }

    static List<VersionPair> chain() {
        return SuiteVersions.several() ? VersionPair.chain(SuiteVersions.selected()) : List.of();
    }

    /** Labels the running scenario as covering the cell of {@code version} it reads through. */
    static void covers(ApiVersion version, Operation operation, int status, String story) {
        AllureLabels.cell(version, operation.id(), status);
        AllureLabels.label("story", story);
        AllureLabels.label("severity", SeverityLevel.CRITICAL.value());
    }

    /** The typed client calling {@code version}'s paths. */
    static ReportsClient client(ApiVersion version) {
        return TargetApi.current().client().withVersion(version);
    }

    /**
     * The id of an IDENTITIES report started and seen to succeed through {@code version}: the version's shared one
     * ({@link io.rdesuite.support.SharedReports}), acquired with all the others at once. Where the versions share
     * one state, a start through a second version while the first one's runs answers that running task (the "same
     * report" rule): the id is then the one that version's start answered, which is what these scenarios read.
     */
    static String completedThrough(ApiVersion version) {
        TargetApi api = TargetApi.of(version);
        api.shared(ReportType.IDENTITIES).successful();
        return api.shared(ReportType.IDENTITIES).id();
    }
}
