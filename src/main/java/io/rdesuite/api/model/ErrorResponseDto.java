package io.rdesuite.api.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** The error body of 400, 403, 404 and 500 answers. */
public record ErrorResponseDto(
        String detailCode, String trackingId, List<ErrorMessageDto> messages, List<ErrorMessageDto> causes) {

    /** The first message's text, or null when there is none. */
    @JsonIgnore
    public String firstMessage() {
        return messages == null || messages.isEmpty() ? null : messages.get(0).text();
    }
}
