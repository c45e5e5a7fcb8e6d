package io.rdesuite.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdesuite.api.ReportExamples;
import io.rdesuite.api.ReportType;
import io.rdesuite.api.model.ReportDetails;
import io.rdesuite.client.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * startReport requests for scenarios and contracts: the document's example of each report type
 * ({@link ReportExamples}) as typed details, and invalid variants derived from the arguments the OpenAPI copy
 * requires.
 */
public final class ReportRequests {

    private ReportRequests() {
    }

    /** The document's example body of {@code type}, as the typed client sends it. */
    public static ReportDetails details(ReportType type) {
        try {
            return Json.mapper().readValue(ReportExamples.json(type), ReportDetails.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A body of {@code type} for a report a scenario owns (holds running, cancels): valid arguments of the same
     * meaning as the document's example but never equal to them, so that the target's "same report" rule (a
     * repeated start with the same arguments returns the running task) never hands a scenario one of the reports
     * the suite shares ({@link SharedReports}, started with the document's examples), nor the other way round.
     */
    public static ReportDetails own(ReportType type) {
        String arguments = switch (type) {
            case ACCOUNTS -> "{\"application\":\"2c9180897eSourceIde781782f7owned\",\"sourceName\":\"Active Directory\"}";
            case IDENTITIES_DETAILS, IDENTITIES -> "{\"correlatedOnly\":false}";
            case IDENTITY_PROFILE_IDENTITY_ERROR -> "{\"authoritativeSource\":\"2c9180847de347aa017de8ef0916ffff\"}";
            case ORPHAN_IDENTITIES, UNCORRELATED_ACCOUNTS -> "{\"selectedFormats\":[\"PDF\",\"CSV\"]}";
            case SEARCH_EXPORT -> "{\"indices\":[\"identities\"],\"query\":\"attributes.city:Paris\","
                    + "\"columns\":\"displayName,email\"}";
        };
        try {
            return Json.mapper().readValue("{\"reportType\":\"" + type + "\",\"arguments\":" + arguments + "}",
                    ReportDetails.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Report type -> the arguments its schema in the OpenAPI copy requires (types requiring none are left out). */
    public static Map<ReportType, List<String>> requiredArguments() {
        return OpenApiDocument.requiredArguments(OpenApiDocument.read(OpenApiDocument.projectCopy()));
    }

    /** The example body of {@code type} without its argument {@code argument}. */
    public static String withoutArgument(ReportType type, String argument) {
        try {
            ObjectNode body = (ObjectNode) Json.mapper().readTree(ReportExamples.json(type));
            ((ObjectNode) body.get("arguments")).remove(argument);
            return body.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
