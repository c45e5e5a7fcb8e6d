package io.rdesuite.contract;

import io.qameta.allure.Allure;

/** Labels a contract test with the (operationId, httpStatus) cell it covers, as the acceptance scenarios do. */
public final class Cells {

    private Cells() {
    }

    public static void label(String operationId, int httpStatus) {
        Allure.label("operationId", operationId);
        Allure.label("httpStatus", Integer.toString(httpStatus));
    }
}
