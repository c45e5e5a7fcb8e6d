package io.rdesuite.contract.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdesuite.contract.ReportsPact;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Publication is optional: without a broker address nothing is sent anywhere. */
class PublishPactsTest {

    @Test
    void withoutBrokerBaseUrl_publicationIsSkipped() {
        Map<String, String> settings = Map.of("PACT_BROKER_TOKEN", "not-used");

        String outcome = PublishPacts.publish(ReportsPact.PINNED_DIR, settings::get);

        assertThat(outcome).isEqualTo("Pact publication skipped: PACT_BROKER_BASE_URL is not set")
                .doesNotContain("not-used");
    }
}
