package io.rdesuite.api.model;

/** How a message's locale was chosen; the document also lets the field be null. */
public enum LocaleOrigin {
    DEFAULT,
    REQUEST
}
