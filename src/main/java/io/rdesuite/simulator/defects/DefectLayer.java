package io.rdesuite.simulator.defects;

import io.rdesuite.api.Operation;
import io.rdesuite.simulator.ClientRegistration;
import io.rdesuite.simulator.auth.BearerAuth;
import io.rdesuite.simulator.gateway.GatewayChecks;
import io.rdesuite.simulator.gateway.OperationHandler;
import io.rdesuite.simulator.http.ApiRequest;
import io.rdesuite.simulator.http.ResponseRewriter;
import java.util.List;

/**
 * Fits the deliberate defects around the honest simulator: the gateway's checks, the operations' requests and every
 * answer pass through here, and each reads the defects on at the moment. With none on, each adds one volatile read
 * and an empty-list test: no allocation, no JSON read or written.
 */
public final class DefectLayer {

    private final ActiveDefects defects;
    private final DefectContext context;

    public DefectLayer(ActiveDefects defects, DefectContext context) {
        this.defects = defects;
        this.context = context;
    }

    /** The gateway's checks, waived by the defects that waive them. */
    public GatewayChecks checks(GatewayChecks honest, BearerAuth bearer, ClientRegistration anyClient) {
        return new WaivingChecks(honest, bearer, defects, anyClient);
    }

    /** The operation, seeing its requests after the defects' repairs. */
    public OperationHandler repairing(Operation operation, OperationHandler honest) {
        return (request, principal) -> {
            List<Effect.Repair> repairs = defects.snapshot().repairs();
            ApiRequest repaired = request;
            for (int i = 0; i < repairs.size(); i++) {
                repaired = repairs.get(i).apply(context, operation, repaired);
            }
            return honest.handle(repaired, principal);
        };
    }

    /** Applies the rewrites of the defects on, in table order. */
    public ResponseRewriter rewriter() {
        return (operation, request, response) -> {
            List<Effect.Rewrite> rewrites = defects.snapshot().rewrites();
            for (int i = 0; i < rewrites.size(); i++) {
                rewrites.get(i).apply(context, operation, request, response);
            }
        };
    }
}
