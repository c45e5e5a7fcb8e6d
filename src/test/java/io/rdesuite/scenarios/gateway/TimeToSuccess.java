package io.rdesuite.scenarios.gateway;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What followed a 429: the burst's call sent again once the advised wait had passed, then every
 * {@link #PROBE_INTERVAL} until it succeeded (or {@code giveUpAfter} the 429). Nothing goes out between the 429
 * and the advised time, so the measurement holds whether the target counts refused requests against the limit
 * or not (the simulator does not: a refused request takes no token; SailPoint does not say), and an advice is
 * only owed to a client that waits it. The probes after the first only measure how much longer the wait was.
 *
 * @param advised the wait the 429 advised
 * @param refusedAfterAdvice calls refused once the advised wait had passed (0 when the advice was enough)
 * @param firstSuccess how long after the 429 the first call that succeeded was sent; empty when none did
 */
record TimeToSuccess(Duration advised, int refusedAfterAdvice, Optional<Duration> firstSuccess) {

    static final Duration PROBE_INTERVAL = Duration.ofMillis(100);

    /** Waits out {@code advised} from {@code refusedAt} (no longer than {@code giveUpAfter}), then probes. */
    static TimeToSuccess measure(Burst burst, Instant refusedAt, Duration advised, Duration giveUpAfter)
            throws InterruptedException {
        Instant giveUpAt = refusedAt.plus(giveUpAfter);
        Instant next = refusedAt.plus(advised.compareTo(giveUpAfter) < 0 ? advised : giveUpAfter);
        int refused = 0;
        while (true) {
            sleepUntil(next);
            Instant sentAt = Instant.now();
            Response response = burst.sendJudged();
            if (response.statusCode() != 429) {
                return new TimeToSuccess(advised, refused, Optional.of(Duration.between(refusedAt, sentAt)));
            }
            refused++;
            next = sentAt.plus(PROBE_INTERVAL);
            if (next.isAfter(giveUpAt)) {
                return new TimeToSuccess(advised, refused, Optional.empty());
            }
        }
    }

    /** The first success in seconds with two decimals, or "none within the bound". */
    String firstSuccessText() {
        return firstSuccess.map(d -> String.format(Locale.ROOT, "%.2f s", d.toMillis() / 1000.0)).orElse("none within the bound");
    }

    private static void sleepUntil(Instant time) throws InterruptedException {
        for (Duration left = Duration.between(Instant.now(), time); left.compareTo(Duration.ZERO) > 0;
             left = Duration.between(Instant.now(), time)) {
            Thread.sleep(Math.max(1, left.toMillis()));
        }
    }
}
