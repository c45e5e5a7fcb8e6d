package io.rdesuite.verdict;

import io.rdesuite.api.choices.MediaTypes;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** A Content-Type of the given type/subtype, compared as RFC 9110 says (any case, any parameters). */
public final class MediaTypeMatcher extends TypeSafeMatcher<String> {

    private final String expected;

    private MediaTypeMatcher(String expected) {
        this.expected = expected;
    }

    /** Matches "Application/ZIP; q=1" for "application/zip". */
    public static Matcher<String> mediaType(String typeAndSubtype) {
        return new MediaTypeMatcher(typeAndSubtype);
    }

    @Override
    protected boolean matchesSafely(String actual) {
        return MediaTypes.sameType(actual, expected);
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("the media type " + expected + " (any case, any parameters)");
    }
}
