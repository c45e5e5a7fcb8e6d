package io.rdesuite.support;

import io.rdesuite.client.SimulatorControl;
import io.rdesuite.support.TargetApi.Identity;
import io.restassured.specification.RequestSpecification;
import java.util.Optional;

/** The ways a request can fail authentication, each making the Authorization header it sends. */
public enum BadCredentials {
    NO_AUTHORIZATION_HEADER("no Authorization header") {
        @Override
        Optional<String> header(TargetApi api) {
            return Optional.empty();
        }
    },
    WRONG_SCHEME("a valid token under the Token scheme instead of Bearer") {
        @Override
        Optional<String> header(TargetApi api) {
            return Optional.of("Token " + api.manageToken());
        }
    },
    MALFORMED_TOKEN("a bearer token that is not a JWT") {
        @Override
        Optional<String> header(TargetApi api) {
            return Optional.of("Bearer not-a-jwt");
        }
    },
    BAD_SIGNATURE("a JWT whose signature does not match") {
        @Override
        Optional<String> header(TargetApi api) {
            String token = api.manageToken();
            int dot = token.lastIndexOf('.');
            String signature = token.substring(dot + 1);
            char first = signature.isEmpty() ? 'A' : signature.charAt(0);
            String tampered = (first == 'A' ? 'B' : 'A') + (signature.isEmpty() ? "AAAA" : signature.substring(1));
            return Optional.of("Bearer " + token.substring(0, dot + 1) + tampered);
        }
    },
    EXPIRED_TOKEN("a JWT that expired a minute ago") {
        @Override
        Optional<String> header(TargetApi api) {
            Optional<SimulatorControl> control = api.control();
            Optional<String> clientId = api.clientId(Identity.MANAGE);
            Scenario.requireTarget(control.isPresent() && clientId.isPresent(), "not inducible on this target: "
                    + "an expired token needs the simulator's control API (/__simulator/tokens); a tenant's tokens "
                    + "cannot be forged and live ~750 s");
            return Optional.of("Bearer " + control.get().mintToken(clientId.get(), -60).accessToken());
        }
    };

    private final String description;

    BadCredentials(String description) {
        this.description = description;
    }

    /** The Authorization header to send; empty for none. May skip the scenario when it cannot be made here. */
    abstract Optional<String> header(TargetApi api);

    public RequestSpecification request(TargetApi api) {
        return api.withAuthorization(header(api).orElse(null));
    }

    @Override
    public String toString() {
        return description;
    }
}
