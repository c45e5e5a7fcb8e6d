package io.rdesuite.simulator.defects;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;

/** The defects' rewrites of one API version's answers, the others' left right. */
final class VersionAnswers {

    private VersionAnswers() {
    }

    /** V2025_CANCEL_WRONG_STATUS: cancelReport's 204 through /v2025 becomes 202 (still no body). */
    static void v2025CancelAnswers202(DefectContext context, Operation operation, ApiRequest request,
                                      ApiResponse response) {
        if (operation == Operation.CANCEL_REPORT && request.version() == ApiVersion.V2025 && response.status() == 204) {
            response.status(202);
        }
    }
}
