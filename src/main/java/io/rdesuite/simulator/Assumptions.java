package io.rdesuite.simulator;

import io.rdesuite.api.choices.OpenChoice;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Choices about behaviour the documents leave open, each with the values a tenant might show
 * (docs/assumptions.md): honest behaviour either way, not defects. The values and defaults are the registry's
 * ({@link OpenChoice}).
 *
 * @param cancelUnknownId cancelReport's status for a well-formed id that names no report: 400, 404 or 204
 * @param cancelFinished cancelReport's status for a report that already ended (nothing changes): 204, 400 or 404
 * @param getReportBeforeCompletion getReport's status for a report still running: 404 or 400
 * @param checkOrder which of 429 and 403 a request that earns both gets
 */
public record Assumptions(int cancelUnknownId, int cancelFinished, int getReportBeforeCompletion,
                          CheckOrder checkOrder) {

    public static final List<Integer> CANCEL_UNKNOWN_ID = OpenChoice.CANCEL_UNKNOWN.statuses();
    public static final List<Integer> CANCEL_FINISHED = OpenChoice.CANCEL_FINISHED.statuses();
    public static final List<Integer> GET_REPORT_BEFORE_COMPLETION = OpenChoice.GET_BEFORE_COMPLETION.statuses();

    /** The registry's defaults ({@link OpenChoice}). */
    public static final Assumptions DEFAULT = new Assumptions(CANCEL_UNKNOWN_ID.get(0), CANCEL_FINISHED.get(0),
            GET_REPORT_BEFORE_COMPLETION.get(0), CheckOrder.parse("", OpenChoice.CHECK_ORDER.defaultValue()));

    /** The order of the gateway's checks after authentication (401 always comes first). */
    public enum CheckOrder {
        /** 401, then 429, then 403: a request refused for its scopes still counts against the limit. */
        RATE_LIMIT_FIRST,
        /** 401, then 403, then 429: a request refused for its scopes does not count against the limit. */
        FORBIDDEN_FIRST;

        /** RATE_LIMIT_FIRST or rate-limit-first, any case; else IllegalArgumentException naming {@code what} (may be empty). */
        public static CheckOrder parse(String what, String text) {
            String name = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (CheckOrder order : values()) {
                if (order.name().equals(name)) {
                    return order;
                }
            }
            throw new IllegalArgumentException(prefix(what) + "takes RATE_LIMIT_FIRST or FORBIDDEN_FIRST"
                    + " (rate-limit-first, forbidden-first), not '" + text + "'");
        }
    }

    public Assumptions {
        status("cancelUnknownId", cancelUnknownId, CANCEL_UNKNOWN_ID);
        status("cancelFinished", cancelFinished, CANCEL_FINISHED);
        status("getReportBeforeCompletion", getReportBeforeCompletion, GET_REPORT_BEFORE_COMPLETION);
        if (checkOrder == null) {
            throw new IllegalArgumentException("checkOrder is required");
        }
    }

    /** The value when it is one of {@code allowed}; else IllegalArgumentException "WHAT takes 400, 404 or 204, not 500". */
    public static int status(String what, int value, List<Integer> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(prefix(what) + "takes " + oneOf(allowed) + ", not " + value);
        }
        return value;
    }

    private static String prefix(String what) {
        return what.isEmpty() ? "" : what + " ";
    }

    /** "400, 404 or 204". */
    public static String oneOf(List<Integer> allowed) {
        String all = allowed.stream().map(String::valueOf).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }

    public Assumptions withCancelUnknownId(int status) {
        return new Assumptions(status, cancelFinished, getReportBeforeCompletion, checkOrder);
    }

    public Assumptions withCancelFinished(int status) {
        return new Assumptions(cancelUnknownId, status, getReportBeforeCompletion, checkOrder);
    }

    public Assumptions withGetReportBeforeCompletion(int status) {
        return new Assumptions(cancelUnknownId, cancelFinished, status, checkOrder);
    }

    public Assumptions withCheckOrder(CheckOrder order) {
        return new Assumptions(cancelUnknownId, cancelFinished, getReportBeforeCompletion, order);
    }
}
