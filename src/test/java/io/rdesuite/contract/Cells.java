package io.rdesuite.contract;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.support.AllureLabels;

/** Labels a contract test with the (version, operationId, httpStatus) cell it covers, as the acceptance scenarios do. */
public final class Cells {

    private Cells() {
    }

    /** A cell of v3, the version the pinned pact is written in (the consumer tests). */
    public static void label(Operation operation, int httpStatus) {
        label(ApiVersion.V3, operation, httpStatus);
    }

    public static void label(ApiVersion version, Operation operation, int httpStatus) {
        AllureLabels.cell(version, operation.id(), httpStatus);
    }
}
