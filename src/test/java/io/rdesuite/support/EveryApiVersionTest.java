package io.rdesuite.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectIteration;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import io.rdesuite.api.ApiVersion;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * A scenario class runs once per selected version, each run named by it and speaking it, also when selected in
 * part. Its {@code @BeforeAll} runs once, in the first version's run: per-version set-up cannot go there (it is
 * kept per {@link TargetApi}, e.g. {@link TargetApi#completedReports()}).
 */
class EveryApiVersionTest {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @AfterEach
    void forget() {
        SEEN.clear();
    }

    @Test
    void eachSelectedVersion_runsTheClassOnce_andIsCurrentMeanwhile() {
        List<String> names = run(List.of(ApiVersion.V3, ApiVersion.V1), selectClass(Sample.class));

        assertThat(SEEN).containsExactly("beforeAll v3", "test v3", "param a v3", "param b v3",
                "test v1", "param a v1", "param b v1");
        assertThat(names).containsSubsequence("v3", "v1");
        assertThat(SuiteVersions.current()).as("after the runs").isEqualTo(SuiteVersions.selected().get(0));
    }

    @Test
    void aMethodOrAnIterationSelected_runsInEveryVersion() {
        run(List.of(ApiVersion.V2025, ApiVersion.V1), selectMethod(Sample.class, "test"));
        assertThat(SEEN).containsExactly("beforeAll v2025", "test v2025", "test v1");
        SEEN.clear();

        run(List.of(ApiVersion.V3), selectIteration(selectMethod(Sample.class.getName() + "#param(java.lang.String)"), 1));
        assertThat(SEEN).containsExactly("beforeAll v3", "param b v3");
    }

    /** Runs {@code selector} with {@code versions} pinned; returns the display names of what ran. */
    private static List<String> run(List<ApiVersion> versions, DiscoverySelector selector) {
        List<String> names = new CopyOnWriteArrayList<>();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        try (SuiteTarget.Scope pin = SuiteVersions.use(versions)) {
            LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
                    .execute(LauncherDiscoveryRequestBuilder.request().selectors(selector).build(), summary,
                            new TestExecutionListener() {
                                @Override
                                public void executionStarted(TestIdentifier test) {
                                    names.add(test.getDisplayName());
                                }
                            });
        }
        assertThat(summary.getSummary().getTotalFailureCount()).as("failures").isZero();
        return names;
    }

    @EveryApiVersion
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class Sample {

        @BeforeAll
        void beforeAll() {
            SEEN.add("beforeAll " + SuiteVersions.current().label());
        }

        @Test
        void test() {
            SEEN.add("test " + SuiteVersions.current().label());
        }

        @ParameterizedTest
        @ValueSource(strings = {"a", "b"})
        void param(String value) {
            SEEN.add("param " + value + " " + SuiteVersions.current().label());
        }
    }
}
