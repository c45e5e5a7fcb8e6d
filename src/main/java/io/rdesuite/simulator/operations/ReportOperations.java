package io.rdesuite.simulator.operations;

import io.rdesuite.api.Operation;
import io.rdesuite.simulator.Assumptions;
import io.rdesuite.simulator.gateway.OperationHandler;
import io.rdesuite.simulator.reports.AuditLog;
import io.rdesuite.simulator.reports.ReportEngine;
import io.rdesuite.simulator.reports.ReportFiles;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/** The handler of each API operation, over one report engine. */
public final class ReportOperations {

    private final Map<Operation, OperationHandler> handlers = new EnumMap<>(Operation.class);

    public ReportOperations(ReportEngine engine, ReportViews views, ReportFiles files, AuditLog audit,
                            String csvContentType, Supplier<Assumptions> assumptions) {
        handlers.put(Operation.START_REPORT, new StartReport(engine, views));
        handlers.put(Operation.GET_REPORT_RESULT, new GetReportResult(engine, views));
        handlers.put(Operation.GET_REPORT, new GetReport(engine, files, audit, csvContentType, assumptions));
        handlers.put(Operation.CANCEL_REPORT, new CancelReport(engine, assumptions));
    }

    public OperationHandler handler(Operation operation) {
        return handlers.get(operation);
    }

    /** getReport may make a file (PDFBox, zip): it runs on a worker thread, the others on the I/O thread. */
    public static boolean runsOnWorker(Operation operation) {
        return operation == Operation.GET_REPORT;
    }
}
