package io.rdesuite.client;

/** The token endpoint refused the client credentials. The message names the token URL and status, never the secret. */
public class AuthenticationException extends ClientException {

    private final int status;

    public AuthenticationException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
