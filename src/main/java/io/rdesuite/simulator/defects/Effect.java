package io.rdesuite.simulator.defects;

import io.rdesuite.api.Operation;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;

/** What one deliberate defect does: it waives a check, repairs requests, rewrites answers or bends the lifecycle. */
sealed interface Effect {

    /** A check of the gateway the service makes and the defect skips. */
    enum Check { AUTHENTICATION, TOKEN_SIGNATURE, TOKEN_EXPIRY, RATE_LIMIT, SCOPES, ARMED_FAULTS }

    /** A point of a report's life where the defect behaves unlike the service (or a variant, within its freedom). */
    enum Behaviour {
        NEW_TASK_ON_REPEATED_START, CANCEL_IGNORED, REPORTS_TAKE_TWICE_AS_LONG,
        ONE_RATE_BUDGET_FOR_ALL_VERSIONS, STATE_PER_VERSION
    }

    /** Changes an answer; sees the simulator's parts, the operation (null off the API), request and answer. */
    @FunctionalInterface
    interface Rewrite {
        void apply(DefectContext context, Operation operation, ApiRequest request, ApiResponse response);
    }

    /** Changes a request before the honest operation sees it. */
    @FunctionalInterface
    interface Repair {
        ApiRequest apply(DefectContext context, Operation operation, ApiRequest request);
    }

    record Waive(Check check) implements Effect {
    }

    record RepairRequests(Repair repair) implements Effect {
    }

    record RewriteAnswers(Rewrite rewrite) implements Effect {
    }

    record Bend(Behaviour behaviour) implements Effect {
    }
}
