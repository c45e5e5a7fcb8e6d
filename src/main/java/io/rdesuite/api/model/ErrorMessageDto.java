package io.rdesuite.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.ALWAYS)
public record ErrorMessageDto(String locale, LocaleOrigin localeOrigin, String text) {

    public static ErrorMessageDto english(String text) {
        return new ErrorMessageDto("en-US", LocaleOrigin.DEFAULT, text);
    }
}
