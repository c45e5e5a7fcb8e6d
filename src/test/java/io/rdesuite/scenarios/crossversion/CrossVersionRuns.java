package io.rdesuite.scenarios.crossversion;

import io.qameta.allure.SeverityLevel;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportType;
import io.rdesuite.client.ReportsClient;
import io.rdesuite.support.AllureLabels;
import io.rdesuite.support.ReportRequests;
import io.rdesuite.support.ReportTimeout;
import io.rdesuite.support.SuiteTarget;
import io.rdesuite.support.SuiteVersions;
import io.rdesuite.support.TargetApi;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What the cross-version scenarios share: when they run, how they are labelled, the reports they read. */
final class CrossVersionRuns {

    private record Key(SuiteTarget target, ApiVersion version) {
    }

    /** A completed report per (target, version), started and awaited through that version. */
    private static final Map<Key, String> COMPLETED = new ConcurrentHashMap<>();

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

    /** The id of an IDENTITIES report started and seen to succeed through {@code version}, once per target. */
    static String completedThrough(ApiVersion version) {
        return COMPLETED.computeIfAbsent(new Key(SuiteTarget.get(), version), key -> {
            ReportsClient client = client(version);
            String id = client.startReport(ReportRequests.details(ReportType.IDENTITIES)).id();
            client.awaitSuccess(id, ReportTimeout.get());
            return id;
        });
    }
}
