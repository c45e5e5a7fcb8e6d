package io.rdesuite.load.support;

import io.rdesuite.api.ApiVersion;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether one client's rate budget is its own in each API version or shared by all, from what the client sees:
 * <ol>
 *   <li>send in the first version back to back until the first 429;</li>
 *   <li>send {@code tries} requests in the other version at once: a budget of its own serves them, a shared
 *       one refuses them;</li>
 *   <li>send one more in the first version: still refused shows that no new window began meanwhile (the
 *       answer is conclusive); served means the window rolled over, and the probe starts again (at most
 *       {@link #MAX_ATTEMPTS} times);</li>
 *   <li>with budgets per version, drive the other version over its own limit too.</li>
 * </ol>
 * Plain Java: the simulation asks it which version to call next and feeds it each status.
 */
public final class VersionBudgetProbe {

    static final int MAX_ATTEMPTS = 3;

    private enum Phase { EXHAUST_FIRST, TRY_OTHER, CONFIRM_FIRST, EXHAUST_OTHER, DONE }

    private final String clientId;
    private final ApiVersion first;
    private final ApiVersion other;
    private final int tries;
    private final int maxBurst;
    private final boolean expectedPerVersion;
    private Phase phase = Phase.EXHAUST_FIRST;
    private int attempts = 1;
    private int acceptedFirst;
    private int triedOther;
    private int servedOther;
    private int acceptedOther;
    private Boolean perVersion;
    private String outcome = "running";

    /**
     * @param tries              requests sent in the other version right after the first 429 (fewer than its limit)
     * @param maxBurst           requests without a 429 after which the probe concludes that no limit is enforced
     * @param expectedPerVersion what the run expects (-Dreports.rateLimitPerVersion)
     */
    public VersionBudgetProbe(String clientId, ApiVersion first, ApiVersion other, int tries, int maxBurst,
                              boolean expectedPerVersion) {
        this.clientId = clientId;
        this.first = first;
        this.other = other;
        this.tries = tries;
        this.maxBurst = maxBurst;
        this.expectedPerVersion = expectedPerVersion;
    }

    public synchronized boolean done() {
        return phase == Phase.DONE;
    }

    /** The version of the next request. */
    public synchronized ApiVersion next() {
        return phase == Phase.TRY_OTHER || phase == Phase.EXHAUST_OTHER ? other : first;
    }

    /** The answer to the request sent in {@link #next()}. */
    public synchronized void record(boolean refused) {
        switch (phase) {
            case EXHAUST_FIRST -> {
                if (refused) {
                    phase = Phase.TRY_OTHER;
                } else if (++acceptedFirst >= maxBurst) {
                    finish(null, "no 429 after " + maxBurst + " requests in " + first.label()
                            + ": no rate limit is enforced");
                }
            }
            case TRY_OTHER -> {
                servedOther += refused ? 0 : 1;
                if (++triedOther == tries) {
                    phase = Phase.CONFIRM_FIRST;
                }
            }
            case CONFIRM_FIRST -> confirm(refused);
            case EXHAUST_OTHER -> {
                if (refused) {
                    finish(true, "measured");
                } else if (++acceptedOther >= maxBurst) {
                    finish(true, "no 429 after " + maxBurst + " requests in " + other.label());
                }
            }
            default -> { }
        }
    }

    /** Still refused in the first version: conclusive. Served: a new window began, so try again. */
    private void confirm(boolean refused) {
        if (refused) {
            if (servedOther > 0) {
                acceptedOther = servedOther;
                phase = Phase.EXHAUST_OTHER;
            } else {
                finish(false, "measured");
            }
        } else if (attempts < MAX_ATTEMPTS) {
            attempts++;
            acceptedFirst = 1;
            triedOther = 0;
            servedOther = 0;
            phase = Phase.EXHAUST_FIRST;
        } else {
            finish(null, "a new window began during each of " + MAX_ATTEMPTS + " attempts");
        }
    }

    private void finish(Boolean measured, String why) {
        perVersion = measured;
        outcome = why;
        phase = Phase.DONE;
    }

    /** {@link RateLimitGate#OK} while running and when the measurement meets the expectation, else why not. */
    public synchronized String verdict() {
        if (phase != Phase.DONE) {
            return RateLimitGate.OK;
        }
        if (perVersion == null) {
            return "version budget of " + clientId + " not measured: " + outcome;
        }
        if (perVersion == expectedPerVersion) {
            return RateLimitGate.OK;
        }
        return clientId + " over its limit in " + first.label() + " was served " + servedInOther() + " requests in "
                + other.label() + ": " + (perVersion ? "a budget per version" : "one budget across versions")
                + ", expected " + (expectedPerVersion ? "a budget per version" : "one budget across versions")
                + " (-D" + LoadSettings.RATE_LIMIT_PER_VERSION + "=" + expectedPerVersion + ")";
    }

    private String servedInOther() {
        return servedOther + "/" + tries;
    }

    /** The figures for the rate-limit profile. */
    public synchronized Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clientId", clientId);
        m.put("firstVersion", first.label());
        m.put("otherVersion", other.label());
        m.put("perVersion", perVersion);
        m.put("expectedPerVersion", expectedPerVersion);
        m.put("servedInOtherVersionAfter429", servedInOther());
        m.put("acceptedInFirstVersionBefore429", acceptedFirst);
        m.put("acceptedInOtherVersionBefore429", perVersion == Boolean.TRUE ? acceptedOther : 0);
        m.put("attempts", attempts);
        m.put("outcome", outcome);
        m.put("verdict", verdict());
        return m;
    }
}
