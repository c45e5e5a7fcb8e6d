package io.rdesuite.simulator.http;

import io.rdesuite.api.Operation;

/**
 * Changes an answer after its handler made it and before the adapter writes it: status, headers (including leaving
 * out the ones the adapter adds to every answer) and body, a JSON body through {@link ApiResponse#jsonObject()}.
 * It sees which API operation answered ({@code null} for the token endpoint, the control API and requests no route
 * took) and the request as the handler saw it.
 *
 * <p>The simulator's deliberate defects are rewriters; so can be other variants of an honest answer. A rewriter
 * must decide from the status, the operation or the headers before it reads the body, so that answers it leaves
 * alone cost nothing, and must never change a body's bytes in place (they may be shared): it sets new ones.
 */
@FunctionalInterface
public interface ResponseRewriter {

    /** Leaves every answer as its handler made it. */
    ResponseRewriter NONE = (operation, request, response) -> { };

    void rewrite(Operation operation, ApiRequest request, ApiResponse response);
}
