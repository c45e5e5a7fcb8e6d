package io.rdesuite.support;

import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import io.rdesuite.verdict.DriftLog;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Allure writer of the nested runs (self-checks, calibration replays): writes nothing, so only the API's own
 * results reach allure-results/; counts the drift files (one per answer with drift).
 */
public final class DiscardingAllureWriter implements AllureResultsWriter {

    private final AtomicLong drift = new AtomicLong();

    /** How many answers of the nested run had drift. */
    public long drift() {
        return drift.get();
    }

    @Override
    public void write(TestResult result) {
    }

    @Override
    public void write(TestResultContainer container) {
    }

    @Override
    public void write(String source, InputStream attachment) {
        if (source.endsWith(DriftLog.FILE_SUFFIX)) {
            drift.incrementAndGet();
        }
    }
}
