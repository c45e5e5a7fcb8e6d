package io.rdesuite.support;

import io.qameta.allure.Allure;
import io.qameta.allure.model.Label;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import io.qameta.allure.model.TestResult;
import io.rdesuite.api.ApiVersion;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

/**
 * The labels that arrange the report as the API's verdict. {@link #cell} marks a test as covering one
 * (version, operationId, status) cell of the OpenAPI document and files it accordingly:
 * <ul>
 *   <li>suites: suite = version and operation ("v3 startReport"), so that the report's overview lists the
 *       operations; sub-suite = the test class's display name (e.g. "startReport: authentication (401), ..." or
 *       the provider verification);</li>
 *   <li>behaviours: epic = the operation, feature = the status ("400 Bad Request"); the scenario adds its story.</li>
 * </ul>
 * {@code apiVersion}, {@code operationId} and {@code httpStatus} are what the coverage matrix is built from (exact
 * names; the operation is named by its v3 operationId in every version, the version saying which document). The
 * test's name ends in the version ("... [v1]"), and its history id is made from its JUnit id with the version in
 * place of the run's number, so the Trend follows a version's test whichever versions a run selects. A call outside
 * a running Allure test (e.g. a nested launcher run in a self-check) does nothing.
 */
public final class AllureLabels {

    public static final String API_VERSION = "apiVersion";
    public static final String OPERATION_ID = "operationId";
    public static final String HTTP_STATUS = "httpStatus";

    private static final Map<Integer, String> REASONS = Map.of(200, "OK", 204, "No Content", 400, "Bad Request",
            401, "Unauthorized", 403, "Forbidden", 404, "Not Found", 429, "Too Many Requests",
            500, "Internal Server Error");

    private AllureLabels() {
    }

    /** Marks the running test as covering the cell (operationId, status) of the v3 document. */
    public static void cell(String operationId, int status) {
        cell(ApiVersion.V3, operationId, status);
    }

    /** Marks the running test as covering the cell (version, operationId, status), and files it by that cell. */
    public static void cell(ApiVersion version, String operationId, int status) {
        if (!running()) {
            return;
        }
        Allure.getLifecycle().updateTestCase(result -> {
            String subSuite = value(result, "subSuite");
            String testClass = subSuite != null ? subSuite : value(result, "suite");
            set(result, API_VERSION, version.label());
            add(result, OPERATION_ID, operationId);
            add(result, HTTP_STATUS, Integer.toString(status));
            set(result, "suite", suite(version, operationId));
            if (testClass != null && !testClass.equals(suite(version, operationId))) {
                set(result, "subSuite", testClass);
            }
            set(result, "epic", operationId);
            set(result, "feature", statusTitle(status));
            nameVersion(result, version);
        });
    }

    /**
     * The running test covers another status than it first said (its answer depended on an open choice): the
     * status label and the feature are replaced; the operation and version stay.
     */
    public static void recell(int status) {
        if (!running()) {
            return;
        }
        Allure.getLifecycle().updateTestCase(result -> {
            set(result, HTTP_STATUS, Integer.toString(status));
            set(result, "feature", statusTitle(status));
        });
    }

    /** " [v1]" after the name, once; the history id from the JUnit id with the version for the run's number. */
    private static void nameVersion(TestResult result, ApiVersion version) {
        String suffix = " [" + version.label() + "]";
        if (result.getName() != null && !result.getName().endsWith(suffix)) {
            result.setName(result.getName() + suffix);
        }
        String uniqueId = value(result, AllureJunitPlatform.JUNIT_PLATFORM_UNIQUE_ID);
        if (uniqueId != null) {
            result.setHistoryId(md5(uniqueId.replaceAll("\\[class-template-invocation:#\\d+]",
                    "[api-version:" + version.label() + "]")));
        }
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest).toString(16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The suite of an operation's results in one version: "v3 startReport". */
    public static String suite(ApiVersion version, String operationId) {
        return version.label() + " " + operationId;
    }

    /** "400 Bad Request"; the bare code for a status without a known reason phrase. */
    public static String statusTitle(int status) {
        String reason = REASONS.get(status);
        return reason == null ? Integer.toString(status) : status + " " + reason;
    }

    /** Adds a label to the running test; ignored when no Allure test is running. */
    public static void label(String name, String value) {
        if (running()) {
            Allure.getLifecycle().updateTestCase(result -> add(result, name, value));
        }
    }

    /** Adds a parameter to the running test; ignored when no Allure test is running (a self-check's nested run). */
    public static void parameter(String name, String value) {
        if (running()) {
            Allure.parameter(name, value);
        }
    }

    static boolean running() {
        return Allure.getLifecycle().getCurrentTestCase().isPresent();
    }

    private static String value(TestResult result, String name) {
        return result.getLabels().stream().filter(l -> name.equals(l.getName())).map(Label::getValue)
                .findFirst().orElse(null);
    }

    /** Replaces every label of that name: Allure files a test under each value of a grouping label. */
    private static void set(TestResult result, String name, String value) {
        List<Label> labels = result.getLabels();
        labels.removeIf(l -> name.equals(l.getName()));
        add(result, name, value);
    }

    private static void add(TestResult result, String name, String value) {
        result.getLabels().add(new Label().setName(name).setValue(value));
    }
}
