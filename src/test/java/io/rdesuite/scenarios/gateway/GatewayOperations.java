package io.rdesuite.scenarios.gateway;

import io.rdesuite.api.Operation;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The operations a gateway scenario runs for: all four, or only the one whose operationId the configuration
 * parameter {@value #PARAMETER} names (a JUnit configuration parameter or a -D system property). The self-checks
 * use it to run one cell's scenario against a broken simulator. As an arguments source it gives the operations,
 * each named by its operationId.
 */
public final class GatewayOperations implements ArgumentsProvider {

    public static final String PARAMETER = "reports.gateway.operation";

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        return selected(context).map(operation -> Arguments.of(named(operation)));
    }

    private static Stream<Operation> selected(ExtensionContext context) {
        return context.getConfigurationParameter(PARAMETER)
                .map(id -> Stream.of(Operation.byId(id).orElseThrow(() -> new IllegalArgumentException(
                        PARAMETER + "=" + id + " names no operation; one of " + Arrays.toString(ids())))))
                .orElseGet(() -> Arrays.stream(Operation.values()));
    }

    /** Every selected operation with each of its variants, e.g. the kinds of bad credentials. */
    static Stream<Arguments> withVariants(ExtensionContext context, Function<Operation, Stream<?>> variants) {
        return selected(context).flatMap(operation -> variants.apply(operation)
                .map(variant -> Arguments.of(named(operation), variant)));
    }

    private static Named<Operation> named(Operation operation) {
        return Named.of(operation.id(), operation);
    }

    private static String[] ids() {
        return Arrays.stream(Operation.values()).map(Operation::id).toArray(String[]::new);
    }
}
