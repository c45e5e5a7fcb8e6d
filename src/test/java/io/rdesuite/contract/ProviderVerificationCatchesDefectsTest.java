package io.rdesuite.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Defect;
import io.rdesuite.api.ReportType;
import io.rdesuite.client.SimulatorControl;
import io.rdesuite.contract.provider.VerificationTarget;
import io.rdesuite.simulator.ReportsSimulator;
import io.rdesuite.simulator.SimulatorConfig;
import io.rdesuite.support.SuiteTarget;
import io.rdesuite.support.SuiteVersions;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The provider verification has teeth: run through the JUnit Platform launcher against an in-process simulator
 * that makes one deliberate shape mistake, it fails exactly the interactions that see the mistake, in each version
 * it verifies (results are keyed "version: description").
 */
class ProviderVerificationCatchesDefectsTest {

    private static final String VERIFICATION = "io.rdesuite.contract.provider.ReportsApiVerification";
    private static final String COMPLETED_RESULT = "a request for the result of a completed IDENTITIES report";
    private static final List<ApiVersion> V3 = List.of(ApiVersion.V3);
    private static final List<ApiVersion> BOTH = List.of(ApiVersion.V3, ApiVersion.V1);
    private static final List<String> STARTS = Arrays.stream(ReportType.values())
            .map(type -> "a request to start a report of type " + type).toList();
    private static final List<String> STATES_THAT_START_A_REPORT = List.of(COMPLETED_RESULT,
            "a request for the CSV file of a completed IDENTITIES report",
            "a request for the PDF file of a completed IDENTITIES report",
            "a request for the result of a running IDENTITIES report",
            "a request to cancel a running IDENTITIES report");

    @Test
    void aFaithfulSimulator_passesEveryInteraction_inEveryVersionVerified() {
        Map<String, TestExecutionResult> results = verifyAgainst(Set.of(), BOTH);

        assertThat(results).hasSize(18 * BOTH.size());
        assertThat(failed(results)).isEmpty();
    }

    @ParameterizedTest(name = "{0} in {4}")
    @MethodSource("defects")
    void aWrongShape_failsTheInteractionsThatSeeIt(Defect defect, List<String> seeIt, String evidence,
                                                   List<String> cannotSetUpTheirState, List<ApiVersion> versions) {
        Map<String, TestExecutionResult> results = verifyAgainst(Set.of(defect), versions);

        Map<String, String> failed = failed(results);
        assertThat(failed.keySet()).containsExactlyInAnyOrderElementsOf(versions.stream().flatMap(v ->
                Stream.concat(seeIt.stream(), cannotSetUpTheirState.stream()).map(d -> key(v, d))).toList());
        versions.forEach(v -> {
            seeIt.forEach(description -> assertThat(failed.get(key(v, description))).contains(evidence));
            cannotSetUpTheirState.forEach(description ->
                    assertThat(failed.get(key(v, description))).contains("Provider state change callback failed"));
        });
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                // renamed field: the start answers lose "id", and so do the states that start a report
                Arguments.of(Defect.TASK_ID_RENAMED, STARTS, "$ Actual map is missing the following keys: id",
                        STATES_THAT_START_A_REPORT, V3),
                // wrong type, in v3 and in v1 (whose requests take the /reports/v1 paths)
                Arguments.of(Defect.RESULT_ROWS_AS_STRING, List.of(COMPLETED_RESULT), "$.rows", List.of(), BOTH),
                // wrong enum value
                Arguments.of(Defect.RESULT_STATUS_OUT_OF_ENUM, List.of(COMPLETED_RESULT), "DONE", List.of(), V3));
    }

    /**
     * Runs the provider verification class for {@code versions} against a fresh simulator with {@code defects};
     * results keyed "version: description".
     */
    private static Map<String, TestExecutionResult> verifyAgainst(Set<Defect> defects, List<ApiVersion> versions) {
        SimulatorConfig config = SimulatorConfig.builder().requestLog(false).reportDuration(Duration.ofMillis(100))
                .defects(defects).build();
        try (ReportsSimulator simulator = ReportsSimulator.start(config);
             AutoCloseable ignored = VerificationTarget.use(SuiteTarget.forSimulator(simulator).config(),
                     new SimulatorControl(URI.create(simulator.baseUrl())));
             SuiteTarget.Scope pinned = SuiteVersions.use(versions)) {
            Map<String, TestExecutionResult> results = new TreeMap<>();
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestExecutionListenerAutoRegistration(false).build());
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(VERIFICATION)).build(),
                    new TestExecutionListener() {
                        private TestPlan plan;

                        @Override
                        public void testPlanExecutionStarted(TestPlan testPlan) {
                            plan = testPlan;
                        }

                        @Override
                        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                            if (test.isTest()) {
                                results.put(version(plan, test) + ": " + description(test.getDisplayName()), result);
                            }
                        }
                    });
            return results;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version a test ran for: the display name of its class invocation ("v3"), an ancestor of the test. */
    private static String version(TestPlan plan, TestIdentifier test) {
        for (Optional<TestIdentifier> up = plan.getParent(test); up.isPresent(); up = plan.getParent(up.get())) {
            Optional<ApiVersion> version = ApiVersion.byLabel(up.get().getDisplayName());
            if (version.isPresent()) {
                return version.get().label();
            }
        }
        return "?";
    }

    private static String key(ApiVersion version, String description) {
        return version.label() + ": " + description;
    }

    private static Map<String, String> failed(Map<String, TestExecutionResult> results) {
        Map<String, String> failed = new TreeMap<>();
        results.forEach((description, result) -> {
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                failed.put(description, result.getThrowable().map(Throwable::toString).orElse(result.toString()));
            }
        });
        return failed;
    }

    /** "reports-suite-client - a request ..." to "a request ...". */
    private static String description(String displayName) {
        String prefix = ReportsPact.CONSUMER + " - ";
        return displayName.startsWith(prefix) ? displayName.substring(prefix.length()) : displayName;
    }
}
