package io.rdesuite.contract;

import io.rdesuite.support.AllureLabels;

/** Labels a contract test with the (operationId, httpStatus) cell it covers, as the acceptance scenarios do. */
public final class Cells {

    private Cells() {
    }

    public static void label(String operationId, int httpStatus) {
        AllureLabels.cell(operationId, httpStatus);
    }
}
