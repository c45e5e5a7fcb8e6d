package io.rdesuite.explore;

import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.FileFormat;
import io.rdesuite.api.ReportType;
import io.rdesuite.support.TargetApi.Identity;
import java.time.Duration;

/**
 * One step of an explored sequence. Reports are named by the {@code ref} of the start that made them (r0, r1, ...;
 * {@link #UNKNOWN} names an id no report has), so that removing a step leaves the others meaning the same: a step
 * naming a report whose start was removed, or never answered an id, is skipped.
 */
sealed interface Action {

    int UNKNOWN = -1;

    /** What the step does, in one line. */
    String describe();

    /** The step as a line of a JUnit test on the typed client ({@code client}, {@code ids}, {@code as}, {@code clock}). */
    String junit();

    static String ref(int ref) {
        return ref == UNKNOWN ? "an unknown id" : "r" + ref;
    }

    static String id(int ref) {
        return ref == UNKNOWN ? "UNKNOWN_ID" : "ids.get(" + ref + ")";
    }

    /** startReport; {@code repeatOf} is the ref whose type and arguments it repeats, or UNKNOWN. */
    record Start(int ref, ReportType type, String arguments, int repeatOf) implements Action {
        String body() {
            return "{\"reportType\":\"" + type + "\"" + (arguments == null ? "" : ",\"arguments\":" + arguments) + "}";
        }

        @Override
        public String describe() {
            return "start r" + ref + ": " + body() + (repeatOf == UNKNOWN ? "" : " (a repeated start of r" + repeatOf + ")");
        }

        @Override
        public String junit() {
            return "ids.put(" + ref + ", client.startReport(Json.mapper().readValue(\"" + body().replace("\"", "\\\"")
                    + "\", ReportDetails.class)).id());";
        }
    }

    record Poll(int ref, Boolean completed) implements Action {
        @Override
        public String describe() {
            return "poll the result of " + Action.ref(ref) + (completed == null ? "" : " (completed=" + completed + ")");
        }

        @Override
        public String junit() {
            return "ReportResults result = client.getReportResult(" + id(ref)
                    + (completed == null ? "" : ", " + completed) + ");";
        }
    }

    record Download(int ref, FileFormat format, String name, Boolean auditable) implements Action {
        @Override
        public String describe() {
            return "download " + Action.ref(ref) + " as " + format.queryValue()
                    + (name == null ? "" : " named '" + name + "'") + (auditable == null ? "" : " auditable=" + auditable);
        }

        @Override
        public String junit() {
            return "ReportFile file = client.getReport(" + id(ref) + ", FileFormat." + format + ", "
                    + (name == null ? "null" : "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"") + ", "
                    + auditable + ");";
        }
    }

    record Cancel(int ref) implements Action {
        @Override
        public String describe() {
            return "cancel " + Action.ref(ref);
        }

        @Override
        public String junit() {
            return "client.cancelReport(" + id(ref) + ");";
        }
    }

    /** From now on, calls are made as this identity. */
    record As(Identity who) implements Action {
        @Override
        public String describe() {
            return "switch to the " + who.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " client";
        }

        @Override
        public String junit() {
            return "client = as.apply(Identity." + who + ");";
        }
    }

    /** From now on, calls go through this version's paths. */
    record Through(ApiVersion version) implements Action {
        @Override
        public String describe() {
            return "switch to " + version.label();
        }

        @Override
        public String junit() {
            return "client = client.withVersion(ApiVersion." + version.name() + ");";
        }
    }

    /** Time passes: the in-process clock moves, on a tenant the exploration sleeps. */
    record Wait(Duration duration) implements Action {
        @Override
        public String describe() {
            return "wait " + duration.toMillis() + " ms";
        }

        @Override
        public String junit() {
            return "clock.advance(Duration.ofMillis(" + duration.toMillis() + ")); // on a tenant: Thread.sleep";
        }
    }

    /** As many polls of an unknown id at one instant: one more than the documented limit lets through. */
    record Burst(int requests) implements Action {
        @Override
        public String describe() {
            return requests + " polls at one instant";
        }

        @Override
        public String junit() {
            return "for (int i = 0; i < " + requests + "; i++) { client.withRetryPolicy(RetryPolicy.none())"
                    + ".getReportResult(UNKNOWN_ID); }";
        }
    }
}
