package io.rdesuite.calibration;

import io.rdesuite.api.choices.OpenChoice;
import io.rdesuite.calibration.Recording.Step;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of docs/assumptions.md a difference can touch (by the row id in its last column), the simulator
 * setting that expresses each (none: the simulator cannot be set to answer otherwise), and which operation and
 * {@link StepKind} a difference is read against.
 */
enum AssumptionRow {
    RUNNING_RESULT(OpenChoice.RUNNING_RESULT),
    RESULT_UNKNOWN("result-unknown", null),
    CANCEL_FINISHED(OpenChoice.CANCEL_FINISHED),
    CANCEL_UNKNOWN(OpenChoice.CANCEL_UNKNOWN),
    GET_BEFORE_COMPLETION(OpenChoice.GET_BEFORE_COMPLETION),
    CSV_CONTENT_TYPE(OpenChoice.CSV_CONTENT_TYPE),
    SEARCH_EXPORT("search-export", null),
    CHECK_ORDER(OpenChoice.CHECK_ORDER),
    RATE_LIMIT(OpenChoice.RATE_LIMIT.row(), "rateLimits"),
    REPORT_TIMING(OpenChoice.REPORT_TIMING),
    TEXTS_401("401-texts", null);

    /** What a difference is in: the status, a header (by name), the body's shape, a burst's length, timing. */
    static final String STATUS = "status";
    static final String SHAPE = "shape";
    static final String BURST = "requests before the first 429";
    static final String TIMING = "time to completion";

    private final String id;
    private final String setting;

    /** A row of the registry: its id and key. */
    AssumptionRow(OpenChoice choice) {
        this(choice.row(), choice.key());
    }

    /** The registry's entry of this row, if it has one. */
    Optional<OpenChoice> choice() {
        return OpenChoice.byRow(id);
    }

    AssumptionRow(String id, String setting) {
        this.id = id;
        this.setting = setting;
    }

    String id() {
        return id;
    }

    /** The settings-file key that expresses the row; empty when the simulator has none. */
    Optional<String> setting() {
        return Optional.ofNullable(setting);
    }

    /** The row a difference in {@code aspect} of a step of this kind touches, if any. */
    static Optional<AssumptionRow> of(Step step, StepKind kind, String aspect) {
        String op = step.operation();
        if (aspect.equals(TIMING)) {
            return Optional.of(REPORT_TIMING);
        }
        if (aspect.equals(BURST) || aspect.equals("Retry-After")) {
            return Optional.of(RATE_LIMIT);
        }
        if (kind == StepKind.LIMITED) {
            return Optional.of(op.equals("startReport") || op.equals("cancelReport") ? CHECK_ORDER : RATE_LIMIT);
        }
        if (step.status() == 401) {
            return Optional.of(TEXTS_401);
        }
        return Optional.ofNullable(switch (op) {
            case "getReportResult" -> kind == StepKind.RUNNING ? RUNNING_RESULT
                    : kind == StepKind.UNKNOWN_ID ? RESULT_UNKNOWN : null;
            case "cancelReport" -> kind == StepKind.FINISHED ? CANCEL_FINISHED
                    : kind == StepKind.UNKNOWN_ID || kind == StepKind.MALFORMED_ID ? CANCEL_UNKNOWN : null;
            case "getReport" -> kind == StepKind.RUNNING ? GET_BEFORE_COMPLETION
                    : kind == StepKind.FINISHED && aspect.equals("Content-Type")
                    ? ("csv".equals(step.query().get("fileFormat")) && !String.valueOf(step.headers()
                    .get("Content-Type")).contains("zip") ? CSV_CONTENT_TYPE : SEARCH_EXPORT) : null;
            default -> null;
        });
    }

    /** Whether the simulator's setting for this row can give what the recording shows. */
    boolean expresses(Step recorded, String aspect) {
        int s = recorded.status();
        return switch (this) {
            case RUNNING_RESULT -> s == 200 && !recorded.shape().has("status");
            case CANCEL_FINISHED -> OpenChoice.CANCEL_FINISHED.statuses().contains(s);
            case CANCEL_UNKNOWN -> OpenChoice.CANCEL_UNKNOWN.statuses().contains(s) && !aspect.equals("Content-disposition");
            case GET_BEFORE_COMPLETION -> OpenChoice.GET_BEFORE_COMPLETION.statuses().contains(s);
            case CSV_CONTENT_TYPE -> aspect.equals("Content-Type");
            case CHECK_ORDER -> Set.of(403, 429).contains(s);
            case RATE_LIMIT -> !aspect.equals(SHAPE);
            case REPORT_TIMING -> true;
            default -> false;
        };
    }
}
