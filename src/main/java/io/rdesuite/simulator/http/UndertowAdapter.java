package io.rdesuite.simulator.http;

import io.rdesuite.api.Operation;
import io.rdesuite.simulator.Ids;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs routes on Undertow; {@code requestLog} may be null (no request lines). Handlers that only compute run on the
 * I/O thread; form bodies and held-back answers go to a worker. Every answer passes the {@link ResponseRewriter}
 * and gets an SLPT-Request-ID; an exception becomes a 500 ErrorResponseDto (a simulator bug, logged), never a
 * stack trace or an HTML page.
 */
public final class UndertowAdapter implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UndertowAdapter.class);
    private static final HttpString REQUEST_ID = new HttpString("SLPT-Request-ID");
    private static final byte[] NO_BODY = new byte[0];

    private final List<Route> routes;
    private final ResponseRewriter rewriter;
    private final RequestLog requestLog;
    private final FormParserFactory forms = FormParserFactory.builder().build();

    public UndertowAdapter(List<Route> routes, ResponseRewriter rewriter, RequestLog requestLog) {
        this.routes = List.copyOf(routes);
        this.rewriter = rewriter;
        this.requestLog = requestLog;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        if (requestLog != null) {
            long start = System.nanoTime();
            exchange.addExchangeCompleteListener((ex, next) -> {
                requestLog.record(ex.getRequestMethod().toString(), ex.getRequestPath(), ex.getStatusCode(),
                        System.nanoTime() - start);
                next.proceed();
            });
        }
        String path = exchange.getRequestPath();
        String method = exchange.getRequestMethod().toString();
        Set<String> allowed = null;
        for (Route route : routes) {
            Map<String, String> params = route.match(path);
            if (params == null) {
                continue;
            }
            if (!route.method().equals(method)) {
                if (allowed == null) {
                    allowed = new LinkedHashSet<>();
                }
                allowed.add(route.method());
                continue;
            }
            dispatch(exchange, route, params);
            return;
        }
        ApiRequest request = request(exchange, null, Map.of(), NO_BODY, Map.of());
        if (allowed != null) {
            ApiResponse response = ApiResponse.json(405, ErrorBodies.dto("405 Method Not Allowed",
                    method + " is not allowed here; use " + String.join(", ", allowed)));
            finish(exchange, null, request, response.header("Allow", String.join(", ", allowed)));
            return;
        }
        finish(exchange, null, request, ErrorBodies.notFound());
    }

    private void dispatch(HttpServerExchange exchange, Route route, Map<String, String> params) {
        if (route.onWorker() && exchange.isInIoThread()) {
            exchange.dispatch(() -> dispatch(exchange, route, params));
            return;
        }
        if (route.formBody()) {
            exchange.startBlocking();
            Map<String, String> form = new LinkedHashMap<>();
            try (FormDataParser parser = forms.createParser(exchange)) {
                if (parser != null) {
                    FormData data = parser.parseBlocking();
                    for (String name : data) {
                        FormData.FormValue value = data.getFirst(name);
                        if (value != null && !value.isFileItem()) {
                            form.put(name, value.getValue());
                        }
                    }
                }
            } catch (Exception e) {
                finish(exchange, route.operation(), request(exchange, route, params, NO_BODY, Map.of()),
                        ErrorBodies.badRequest(ErrorBodies.BAD_REQUEST_CONTENT, "The form body cannot be read"));
                return;
            }
            run(exchange, route, params, NO_BODY, form);
            return;
        }
        if (!hasBody(exchange)) {
            run(exchange, route, params, NO_BODY, Map.of());
            return;
        }
        exchange.getRequestReceiver().receiveFullBytes(
                (ex, bytes) -> run(ex, route, params, bytes, Map.of()),
                (ex, error) -> finish(ex, route.operation(), request(ex, route, params, NO_BODY, Map.of()),
                        ErrorBodies.badRequest(ErrorBodies.BAD_REQUEST_CONTENT, "The request body cannot be read")));
    }

    private void run(HttpServerExchange exchange, Route route, Map<String, String> params, byte[] body,
                     Map<String, String> form) {
        ApiRequest request = request(exchange, route, params, body, form);
        ApiResponse response;
        try {
            response = route.handler().apply(request);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("{} {} failed inside the simulator", exchange.getRequestMethod(), exchange.getRequestPath(), e);
            response = ErrorBodies.internalFault(500);
        }
        finish(exchange, route.operation(), request, response);
    }

    /** Lets the rewriter see the answer, then writes it, after its delay if it has one. */
    private void finish(HttpServerExchange exchange, Operation operation, ApiRequest request, ApiResponse response) {
        ApiResponse answer = response;
        try {
            rewriter.rewrite(operation, request, answer);
        } catch (RuntimeException e) {
            LOG.error("rewriting the answer to {} {} failed", exchange.getRequestMethod(), exchange.getRequestPath(), e);
            answer = ErrorBodies.internalFault(500);
        }
        long delay = answer.delayMillis();
        if (delay <= 0) {
            write(exchange, answer);
            return;
        }
        ApiResponse delayed = answer;
        if (exchange.isInIoThread()) {
            exchange.dispatch(exchange.getIoThread(), () -> exchange.getIoThread().executeAfter(
                    () -> write(exchange, delayed), delay, TimeUnit.MILLISECONDS));
        } else {
            sleep(delay);
            write(exchange, delayed);
        }
    }

    /** The request as handlers see it; {@code route} null when no route took it. */
    private static ApiRequest request(HttpServerExchange exchange, Route route, Map<String, String> params,
                                      byte[] body, Map<String, String> form) {
        return new ApiRequest(exchange.getRequestMethod().toString(), exchange.getRequestPath(), params,
                exchange.getQueryParameters(), exchange.getRequestHeaders()::getFirst, body, form,
                route == null ? null : route.version());
    }

    private static void write(HttpServerExchange exchange, ApiResponse response) {
        exchange.setStatusCode(response.status());
        HeaderMap headers = exchange.getResponseHeaders();
        headers.put(REQUEST_ID, Ids.hex32());
        if (response.contentType() != null) {
            headers.put(Headers.CONTENT_TYPE, response.contentType());
        }
        if (!response.headers().isEmpty()) {
            for (Map.Entry<String, String> header : response.headers().entrySet()) {
                if (header.getValue() == null) {
                    headers.remove(header.getKey());
                } else {
                    headers.put(new HttpString(header.getKey()), header.getValue());
                }
            }
        }
        byte[] body = response.body();
        headers.put(Headers.CONTENT_LENGTH, body.length);
        if (body.length == 0) {
            exchange.endExchange();
        } else {
            exchange.getResponseSender().send(ByteBuffer.wrap(body));
        }
    }

    private static boolean hasBody(HttpServerExchange exchange) {
        return exchange.getRequestContentLength() > 0 || exchange.isRequestChannelAvailable()
                && exchange.getRequestHeaders().contains(Headers.TRANSFER_ENCODING);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
