package io.rdesuite.support;

import io.qameta.allure.Allure;
import io.qameta.allure.model.Label;

/**
 * Labels every acceptance scenario carries. {@link #cell} sets {@code operationId} and {@code httpStatus}, the two
 * labels the coverage matrix is built from (exact names). A call outside a running Allure test (e.g. a nested
 * launcher run in a self-check) does nothing.
 */
public final class AllureLabels {

    public static final String OPERATION_ID = "operationId";
    public static final String HTTP_STATUS = "httpStatus";
    public static final String EPIC = "Reports Data Extraction API";

    private AllureLabels() {
    }

    /** Marks the running scenario as covering the cell (operationId, status) of the OpenAPI document. */
    public static void cell(String operationId, int status) {
        label(OPERATION_ID, operationId);
        label(HTTP_STATUS, Integer.toString(status));
    }

    /** Adds a label to the running test; ignored when no Allure test is running. */
    public static void label(String name, String value) {
        if (running()) {
            Allure.getLifecycle().updateTestCase(result -> result.getLabels().add(new Label().setName(name).setValue(value)));
        }
    }

    static boolean running() {
        return Allure.getLifecycle().getCurrentTestCase().isPresent();
    }
}
