package io.rdesuite.contract;

import io.rdesuite.api.Operation;
import io.rdesuite.support.AllureLabels;

/** Labels a contract test with the (operationId, httpStatus) cell it covers, as the acceptance scenarios do. */
public final class Cells {

    private Cells() {
    }

    public static void label(Operation operation, int httpStatus) {
        AllureLabels.cell(operation.id(), httpStatus);
    }
}
