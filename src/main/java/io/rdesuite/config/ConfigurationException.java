package io.rdesuite.config;

/**
 * A configuration the suite cannot run with. The message is one line that says what is wrong and what to set;
 * the stack trace adds nothing, so it is not filled in.
 */
public class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message, null, false, false);
    }
}
