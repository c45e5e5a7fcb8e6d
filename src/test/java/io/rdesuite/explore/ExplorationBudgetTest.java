package io.rdesuite.explore;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.RateLimitSpec;
import io.rdesuite.client.SimulatorControl;
import io.rdesuite.config.ClientCredentials;
import io.rdesuite.config.Settings;
import io.rdesuite.config.TargetConfig;
import io.rdesuite.simulator.ClientRegistration;
import io.rdesuite.simulator.ReportsSimulator;
import io.rdesuite.simulator.SimulatorConfig;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The budget holds on a tenant: against a simulator on the real clock at the documented limit (100 requests per
 * 10 s per client), reached as a tenant is (SAIL_BASE_URL, no reset, no burst), an exploration sends no more than its
 * budget, never meets a 429 (it paces itself below the limit) and leaves no report running. It waits out a rate
 * window (about 12 s), so it runs with the slower checks: {@code -Dreports.explore.slowChecks=true}.
 */
@EnabledIfSystemProperty(named = ExplorationBudgetTest.SLOW_CHECKS, matches = "true",
        disabledReason = "waits out a rate window: -Dreports.explore.slowChecks=true")
class ExplorationBudgetTest {

    static final String SLOW_CHECKS = "reports.explore.slowChecks";

    @Test
    @DisplayName("a tenant run sends at most its budget, inside the documented limit, and leaves nothing running")
    void budgetHoldsAtTheDocumentedLimit() {
        try (ReportsSimulator simulator = ReportsSimulator.start(SimulatorConfig.builder().requestLog(false)
                .rateLimit(RateLimitSpec.DOCUMENTED_DEFAULT).reportDuration(Duration.ofSeconds(3)).build())) {
            List<ClientRegistration> demo = ClientRegistration.DEMO_CLIENTS;
            TargetConfig config = TargetConfig.forSimulator(simulator.baseUrl(), credentials(demo.get(0)),
                    credentials(demo.get(1)), credentials(demo.get(2)));
            Budget budget = new Budget(Budget.DEFAULT_SEED, 120, 40, Duration.ofSeconds(40));

            Exploration.Result result;
            try (ExploreTarget tenant = ExploreTarget.tenant(config, Duration.ofMillis(20))) { // quick steps: the pacing works
                result = Exploration.run(tenant, budget, List.of(ApiVersion.V3), OpenChoices.from(Settings.of(Map.of(),
                        Map.of())));
            }

            assertThat(result.failure()).as(String.join("\n", Exploration.lines(result))).isNull();
            assertThat(result.requests()).as("requests sent").isGreaterThan(Wire.PACED_REQUESTS)
                    .isLessThanOrEqualTo(budget.requests());
            assertThat(result.reports()).as("reports started").isLessThanOrEqualTo(budget.reports());
            assertThat(result.rateLimited()).as("429 answers: the pacing kept inside the limit").isZero();
            assertThat(new SimulatorControl(URI.create(simulator.baseUrl())).tasks())
                    .as("reports left running").allSatisfy(task -> assertThat(task.completionStatus()).isNotNull());
        }
    }

    private static ClientCredentials credentials(ClientRegistration client) {
        return new ClientCredentials(client.clientId(), client.secret());
    }
}
