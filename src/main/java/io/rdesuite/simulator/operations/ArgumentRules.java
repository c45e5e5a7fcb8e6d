package io.rdesuite.simulator.operations;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.ReportType;
import io.rdesuite.simulator.http.ErrorBodies;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each report type's arguments must hold, from the seven *-report-arguments schemas: which fields are
 * required, their JSON types and enums. One table, checked by one method.
 */
public final class ArgumentRules {

    enum Kind { STRING, BOOLEAN, STRING_ARRAY }

    record Field(String name, Kind kind, boolean required, Set<String> allowed) {
        static Field required(String name, Kind kind) {
            return new Field(name, kind, true, Set.of());
        }

        static Field optional(String name, Kind kind) {
            return new Field(name, kind, false, Set.of());
        }

        static Field optional(String name, Kind kind, Set<String> allowed) {
            return new Field(name, kind, false, allowed);
        }
    }

    /** Why arguments were refused: the field (null when the arguments are not an object), detailCode and text. */
    public record Violation(String field, String detailCode, String text) {
    }

    private static final Set<String> FORMATS = Set.of("CSV", "PDF");
    private static final Set<String> INDICES = Set.of("accessprofiles", "accountactivities", "entitlements", "events",
            "identities", "roles", "*");

    private static final Map<ReportType, List<Field>> RULES = new EnumMap<>(Map.of(
            ReportType.ACCOUNTS, List.of(Field.required("application", Kind.STRING),
                    Field.required("sourceName", Kind.STRING)),
            ReportType.IDENTITIES_DETAILS, List.of(Field.required("correlatedOnly", Kind.BOOLEAN)),
            ReportType.IDENTITIES, List.of(Field.optional("correlatedOnly", Kind.BOOLEAN)),
            ReportType.IDENTITY_PROFILE_IDENTITY_ERROR, List.of(Field.required("authoritativeSource", Kind.STRING)),
            ReportType.ORPHAN_IDENTITIES, List.of(Field.optional("selectedFormats", Kind.STRING_ARRAY, FORMATS)),
            ReportType.SEARCH_EXPORT, List.of(Field.required("query", Kind.STRING),
                    Field.optional("indices", Kind.STRING_ARRAY, INDICES),
                    Field.optional("columns", Kind.STRING),
                    Field.optional("sort", Kind.STRING_ARRAY)),
            ReportType.UNCORRELATED_ACCOUNTS, List.of(Field.optional("selectedFormats", Kind.STRING_ARRAY, FORMATS))));

    private ArgumentRules() {
    }

    /** Null when the arguments are acceptable for the report type, else the first thing wrong with them. */
    public static Violation check(ReportType type, JsonNode arguments) {
        if (arguments != null && !arguments.isNull() && !arguments.isObject()) {
            return new Violation(null, ErrorBodies.ILLEGAL_VALUE, "arguments must be an object");
        }
        for (Field field : RULES.get(type)) {
            JsonNode value = arguments == null ? null : arguments.get(field.name());
            if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                if (field.required()) {
                    return new Violation(field.name(), ErrorBodies.REQUIRED_DATA_MISSING,
                            "arguments." + field.name() + " is required for report type " + type);
                }
                continue;
            }
            String problem = kindProblem(field, value);
            if (problem != null) {
                return new Violation(field.name(), ErrorBodies.ILLEGAL_VALUE, "arguments." + field.name() + " " + problem);
            }
        }
        return null;
    }

    private static String kindProblem(Field field, JsonNode value) {
        return switch (field.kind()) {
            case STRING -> value.isTextual() ? null : "must be a string";
            case BOOLEAN -> value.isBoolean() ? null : "must be a boolean";
            case STRING_ARRAY -> {
                if (!value.isArray()) {
                    yield "must be an array of strings";
                }
                for (JsonNode item : value) {
                    if (!item.isTextual()) {
                        yield "must be an array of strings";
                    }
                    if (!field.allowed().isEmpty() && !field.allowed().contains(item.asText())) {
                        yield "holds '" + item.asText() + "', not one of " + field.allowed();
                    }
                }
                yield null;
            }
        };
    }
}
