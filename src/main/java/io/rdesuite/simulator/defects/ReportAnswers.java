package io.rdesuite.simulator.defects;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.Operation;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ApiResponse;
import io.rdesuite.simulator.reports.Task;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** The defects' rewrites of the operations' answers: task and result bodies, report files. */
final class ReportAnswers {

    private static final String DISPOSITION = "Content-disposition";

    private ReportAnswers() {
    }

    /** UNKNOWN_REPORT_FILE_AS_EMPTY_200: getReport of an id with no task answers an empty CSV file. */
    static void unknownFileAsEmpty200(DefectContext context, Operation operation, ApiRequest request,
                                      ApiResponse response) {
        if (operation == Operation.GET_REPORT && response.status() == 404
                && context.engine().find(request.pathParam("taskResultId")).isEmpty()) {
            response.status(200).contentType(context.csvContentType()).body(new byte[0])
                    .header(DISPOSITION, "attachment;filename=\"report.csv\"");
        }
    }

    /** CANCEL_ANSWERS_200: cancel answers 200 with the task's TaskResultDetails. */
    static void cancelAnswers200(DefectContext context, Operation operation, ApiRequest request,
                                 ApiResponse response) {
        if (operation != Operation.CANCEL_REPORT || response.status() != 204) {
            return;
        }
        Optional<Task> task = context.engine().find(request.pathParam("id"));
        if (task.isPresent()) {
            response.status(200).json(context.views().taskView(task.get(), context.engine().now()));
        }
    }

    /** TASK_ID_RENAMED: TaskResultDetails carries taskId instead of id. */
    static void taskIdRenamed(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        ObjectNode task = taskDetails(operation, response);
        if (task != null && task.has("id")) {
            task.set("taskId", task.remove("id"));
        }
    }

    /** TASK_TIMESTAMPS_DISORDERED: launched one second before created. */
    static void launchedBeforeCreated(DefectContext context, Operation operation, ApiRequest request,
                                      ApiResponse response) {
        ObjectNode task = taskDetails(operation, response);
        if (task != null && task.path("created").isTextual()) {
            task.put("launched", Instant.parse(task.get("created").asText()).minusSeconds(1).toString());
        }
    }

    /** RESULT_STATUS_OUT_OF_ENUM: ReportResults.status is "DONE". */
    static void resultStatusDone(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        ObjectNode result = reportResults(operation, response);
        if (result != null && result.has("status")) {
            result.put("status", "DONE");
        }
    }

    /** RESULT_ROWS_OFF_BY_ONE: ReportResults.rows is one more than the file holds. */
    static void resultRowsPlusOne(DefectContext context, Operation operation, ApiRequest request,
                                  ApiResponse response) {
        ObjectNode result = reportResults(operation, response);
        if (result != null && result.has("rows")) {
            result.put("rows", result.get("rows").asLong() + 1);
        }
    }

    /** RESULT_ROWS_AS_STRING: ReportResults.rows is a string. */
    static void resultRowsAsString(DefectContext context, Operation operation, ApiRequest request,
                                   ApiResponse response) {
        ObjectNode result = reportResults(operation, response);
        if (result != null && result.has("rows")) {
            result.put("rows", result.get("rows").asText());
        }
    }

    /** CSV_MISSING_LAST_ROW: the CSV file lacks its last data row. */
    static void csvWithoutLastRow(DefectContext context, Operation operation, ApiRequest request,
                                  ApiResponse response) {
        if (isFile(operation, response, "csv")) {
            String text = new String(response.body(), StandardCharsets.UTF_8);
            int end = text.endsWith("\r\n") ? text.length() - 2 : text.length();
            int cut = text.lastIndexOf("\r\n", end - 1);
            response.body((cut < 0 ? text : text.substring(0, cut + 2)).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** PDF_CORRUPT: the PDF file is cut in half. */
    static void pdfTruncated(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        if (isFile(operation, response, "pdf")) {
            byte[] pdf = response.body();
            response.body(Arrays.copyOf(pdf, pdf.length / 2));
        }
    }

    /** CONTENT_DISPOSITION_MISSING: the file comes without Content-disposition. */
    static void withoutContentDisposition(DefectContext context, Operation operation, ApiRequest request,
                                          ApiResponse response) {
        if (operation == Operation.GET_REPORT && response.status() == 200) {
            response.withoutHeader(DISPOSITION);
        }
    }

    /** WRONG_FILE_CONTENT_TYPE: the file comes as text/plain. */
    static void fileAsTextPlain(DefectContext context, Operation operation, ApiRequest request, ApiResponse response) {
        if (operation == Operation.GET_REPORT && response.status() == 200) {
            response.contentType("text/plain");
        }
    }

    /** The TaskResultDetails of a startReport answer (or of a cancel answer, with CANCEL_ANSWERS_200), or null. */
    private static ObjectNode taskDetails(Operation operation, ApiResponse response) {
        boolean answersTask = operation == Operation.START_REPORT || operation == Operation.CANCEL_REPORT;
        return answersTask && response.status() == 200 ? response.jsonObject() : null;
    }

    private static ObjectNode reportResults(Operation operation, ApiResponse response) {
        return operation == Operation.GET_REPORT_RESULT && response.status() == 200 ? response.jsonObject() : null;
    }

    /** True for a getReport answer whose file name (Content-disposition) has the extension. */
    private static boolean isFile(Operation operation, ApiResponse response, String extension) {
        String disposition = response.header(DISPOSITION);
        return operation == Operation.GET_REPORT && response.status() == 200 && disposition != null
                && disposition.endsWith("." + extension + "\"");
    }
}
