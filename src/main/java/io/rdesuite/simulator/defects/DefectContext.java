package io.rdesuite.simulator.defects;

import io.rdesuite.simulator.operations.ReportViews;
import io.rdesuite.simulator.reports.ReportEngine;

/** The parts of the simulator some defects read: the reports, how they read, the configured CSV content type. */
public record DefectContext(ReportEngine engine, ReportViews views, String csvContentType) {
}
