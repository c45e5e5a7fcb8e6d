package io.rdesuite.api.model;

import io.rdesuite.api.ReportType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;

/** The body of POST /reports/run. */
@JsonDeserialize(using = ReportDetails.Deserializer.class)
public record ReportDetails(ReportType reportType, ReportArguments arguments) {

    public static ReportDetails of(ReportArguments arguments) {
        return new ReportDetails(arguments.reportType(), arguments);
    }

    /** Reads {@code arguments} as the record of the body's reportType. */
    static final class Deserializer extends JsonDeserializer<ReportDetails> {
        @Override
        public ReportDetails deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.getCodec().readTree(parser);
            JsonNode typeNode = node.get("reportType");
            if (typeNode == null || typeNode.isNull()) {
                return new ReportDetails(null, null);
            }
            ReportType type = context.readTreeAsValue(typeNode, ReportType.class);
            JsonNode argumentsNode = node.get("arguments");
            ReportArguments arguments = argumentsNode == null || argumentsNode.isNull()
                    ? null
                    : context.readTreeAsValue(argumentsNode, ReportArguments.typeFor(type));
            return new ReportDetails(type, arguments);
        }
    }
}
