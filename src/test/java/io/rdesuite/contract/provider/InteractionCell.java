package io.rdesuite.contract.provider;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import io.rdesuite.api.Operation;

/** The (operation, status) cell a pinned interaction covers, from its v3 request and its response. */
record InteractionCell(Operation operation, int status) {

    static InteractionCell of(Interaction interaction) {
        SynchronousRequestResponse http = interaction.asSynchronousRequestResponse();
        String method = http.getRequest().getMethod();
        String path = http.getRequest().getPath();
        Operation operation = Operation.match(method, path).orElseThrow(() -> new IllegalStateException(
                "The pact's request " + method + " " + path + " is none of the four operations"));
        return new InteractionCell(operation, http.getResponse().getStatus());
    }
}
