package io.rdesuite.client;

/** The target did not accept a connection (refused, timed out, unknown host). The message names the address. */
public class TargetUnreachableException extends ClientException {

    public TargetUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
