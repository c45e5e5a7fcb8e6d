package io.rdesuite.scenarios.crossversion;

import static io.rdesuite.api.Operation.CANCEL_REPORT;
import static io.rdesuite.api.Operation.GET_REPORT;
import static io.rdesuite.api.Operation.GET_REPORT_RESULT;
import static io.rdesuite.scenarios.crossversion.VersionExpectation.SHARE_STATE_EXPECTATION;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.Operation;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.model.ReportResults.ReportStatus;
import io.rdesuite.client.ReportsClient;
import io.rdesuite.support.ReportRequests;
import io.rdesuite.support.ReportTimeout;
import io.rdesuite.support.SlowReports;
import io.rdesuite.support.TargetApi;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A report started through one version is read, downloaded and cancelled through each of the others, with the same
 * answers as through its own (-Dreports.versionsShareState=true, the default), or with the answers the other
 * version gives for a report it does not know (=false). Runs when two versions or more are selected (else nothing,
 * and one console line says why).
 */
@DisplayName("Across versions: a report started through one version, read, downloaded and cancelled through another")
class VersionsShareStateScenarios {

    @BeforeAll
    static void severalVersions() {
        CrossVersionRuns.sayWhenSkipped("cross-version scenarios (state)");
    }

    @AfterAll
    static void reportWhatHolds() {
        SHARE_STATE_EXPECTATION.report();
    }

    static List<VersionPair> pairs() {
        return CrossVersionRuns.everyOrderedPair();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("pairs")
    @DisplayName("getReportResult of a report started through another version")
    void readsTheResult(VersionPair pair) {
        CrossVersionRuns.covers(pair.second(), GET_REPORT_RESULT, 200, "Report started through another version");
        String id = CrossVersionRuns.completedThrough(pair.first());

        Answer own = read(pair.first(), GET_REPORT_RESULT, id);
        Answer other = read(pair.second(), GET_REPORT_RESULT, id);
        Answer unknown = unknownThrough(pair.second(), GET_REPORT_RESULT);

        judge(pair, "getReportResult", relation(own, other, unknown), own, other, unknown);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("pairs")
    @DisplayName("getReport (CSV) of a report started through another version")
    void downloadsTheFile(VersionPair pair) {
        CrossVersionRuns.covers(pair.second(), GET_REPORT, 200, "Report started through another version");
        String id = CrossVersionRuns.completedThrough(pair.first());

        Answer own = read(pair.first(), GET_REPORT, id);
        Answer other = read(pair.second(), GET_REPORT, id);
        Answer unknown = unknownThrough(pair.second(), GET_REPORT);

        judge(pair, "getReport", relation(own, other, unknown), own, other, unknown);
    }

    /**
     * Cancels one running report through the first version (the answer to compare with), then another through the
     * second: shared, the answers match and the report ends TERMINATED; separate, the second answers as for an
     * unknown id and the report keeps running (then cancelled through the first).
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("pairs")
    @DisplayName("cancelReport of a running report started through another version")
    void cancelsTheReport(VersionPair pair) {
        CrossVersionRuns.covers(pair.second(), CANCEL_REPORT, 204, "Report started through another version");
        ReportsClient first = CrossVersionRuns.client(pair.first());
        try (SlowReports slow = SlowReports.during(TargetApi.current())) {
            Answer own = cancel(pair.first(), startLongReport(first));
            String id = startLongReport(first);

            Answer other = cancel(pair.second(), id);
            Answer unknown = unknownThrough(pair.second(), CANCEL_REPORT);
            boolean running = first.getReportResult(id).status() == null;
            boolean terminated = !running && first.awaitResult(id, ReportTimeout.get()).status() == ReportStatus.TERMINATED;
            if (running) {
                first.cancelReport(id);
            }

            Relation seen = own.equals(other) && terminated ? Relation.SHARED
                    : unknown.equals(other) && running ? Relation.SEPARATE : Relation.NEITHER;
            judge(pair, "cancelReport (the report then " + (running ? "still running" : terminated ? "TERMINATED"
                    : "ended otherwise") + ")", seen, own, other, unknown);
        }
    }

    private static Relation relation(Answer own, Answer other, Answer unknown) {
        return own.equals(other) ? Relation.SHARED : unknown.equals(other) ? Relation.SEPARATE : Relation.NEITHER;
    }

    /** Observes what was seen: answers that fit neither fail, showing the three; so does another value than pinned. */
    private static void judge(VersionPair pair, String what, Relation seen, Answer own, Answer other, Answer unknown) {
        SHARE_STATE_EXPECTATION.judge(pair.second(), seen, "to " + what + " of a report started through "
                + pair.first().label() + " and used through " + pair.second().label(), String.format(
                "through %s %s; through %s %s; for an unknown id %s answers %s", pair.first().label(), own,
                pair.second().label(), other, pair.second().label(), unknown));
    }

    private static Answer read(ApiVersion version, Operation operation, String id) {
        TargetApi api = TargetApi.current();
        Response response = operation == GET_REPORT
                ? api.manage().queryParam("fileFormat", FileFormat.CSV.queryValue())
                        .header("Accept", "text/csv, application/csv, application/json")
                        .get(GET_REPORT.template(version), id)
                : api.manage().accept(ContentType.JSON).get(operation.template(version), id);
        return Answer.of(response, id);
    }

    private static Answer cancel(ApiVersion version, String id) {
        Response response = TargetApi.current().manage().accept(ContentType.JSON)
                .post(CANCEL_REPORT.template(version), id);
        return Answer.of(response, id);
    }

    /** What {@code version} answers {@code operation} for an id no report has. */
    private static Answer unknownThrough(ApiVersion version, Operation operation) {
        String unknown = UUID.randomUUID().toString().replace("-", "");
        return operation == CANCEL_REPORT ? cancel(version, unknown) : read(version, operation, unknown);
    }

    private static String startLongReport(ReportsClient client) {
        return client.startReport(ReportRequests.own(ReportType.IDENTITY_PROFILE_IDENTITY_ERROR)).id();
    }
}
