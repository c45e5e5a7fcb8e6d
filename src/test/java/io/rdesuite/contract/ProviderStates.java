package io.rdesuite.contract;

/**
 * Provider states as plain sentences. Consumer pacts and the provider's {@code @State} methods use these
 * constants, so the two sides share them word for word.
 */
public final class ProviderStates {

    public static final String COMPLETED_IDENTITIES_REPORT = "a completed IDENTITIES report exists";
    public static final String RUNNING_IDENTITIES_REPORT = "an IDENTITIES report is running";
    public static final String NO_SUCH_REPORT = "no report task has the id 0123456789abcdef0123456789abcdef";
    public static final String TOKEN_EXPIRED = "the client's access token has expired";
    public static final String READ_ONLY_CLIENT = "the client may only read reports";
    public static final String RATE_LIMIT_USED_UP = "the client has used up its rate limit";

    /** The id of {@link #NO_SUCH_REPORT}. */
    public static final String UNKNOWN_ID = "0123456789abcdef0123456789abcdef";
    /** Provider-state key holding the id of the report a state created. */
    public static final String TASK_RESULT_ID = "taskResultId";
    /** The expression a pact's path uses for that id, filled in by the provider from the state's answer. */
    public static final String TASK_RESULT_ID_EXPRESSION = "${" + TASK_RESULT_ID + "}";

    private ProviderStates() {
    }
}
