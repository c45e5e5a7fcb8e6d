package io.rdesuite.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A scripted HTTP stub on a free loopback port, for client unit tests only (the simulator is the real test
 * double). Each method and path answers its replies in turn and then repeats the last one; anything unscripted
 * answers 404. Every request is recorded.
 */
public final class StubHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, List<Reply>> script = new ConcurrentHashMap<>();
    private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());

    private StubHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static StubHttpServer start() {
        return new StubHttpServer();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Scripts {@code method path} (path without query) to answer {@code replies} in turn, the last one forever. */
    public StubHttpServer on(String method, String path, Reply... replies) {
        script.put(method + " " + path, Collections.synchronizedList(new ArrayList<>(List.of(replies))));
        return this;
    }

    public List<Recorded> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<Recorded> requests(String method, String path) {
        return requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            URI uri = exchange.getRequestURI();
            String method = exchange.getRequestMethod();
            requests.add(new Recorded(method, uri.getPath(), uri.getRawQuery(), headers, body));

            Reply reply = next(method + " " + uri.getPath());
            if (reply.delayMillis() > 0) {
                Thread.sleep(reply.delayMillis());
            }
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            if (reply.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Reply next(String key) {
        List<Reply> replies = script.get(key);
        if (replies == null || replies.isEmpty()) {
            return Reply.status(404);
        }
        synchronized (replies) {
            return replies.size() > 1 ? replies.remove(0) : replies.get(0);
        }
    }

    /** One scripted answer. */
    public record Reply(int status, Map<String, String> headers, byte[] body, long delayMillis) {

        public static Reply status(int status) {
            return new Reply(status, Map.of(), new byte[0], 0);
        }

        public static Reply json(int status, String json) {
            return status(status).withHeader("Content-Type", "application/json").withBody(json.getBytes(UTF_8));
        }

        public static Reply bytes(int status, String contentType, byte[] body) {
            return status(status).withHeader("Content-Type", contentType).withBody(body);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new Reply(status, copy, body, delayMillis);
        }

        public Reply withBody(byte[] newBody) {
            return new Reply(status, headers, newBody, delayMillis);
        }

        public Reply withDelay(long millis) {
            return new Reply(status, headers, body, millis);
        }
    }

    /** One request as the stub received it. */
    public record Recorded(String method, String path, String rawQuery, Map<String, List<String>> headers,
            byte[] body) {

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String bodyText() {
            return new String(body, UTF_8);
        }

        /** The query string's parameters, decoded. */
        public Map<String, String> query() {
            return decode(rawQuery);
        }

        /** An application/x-www-form-urlencoded body's fields, decoded. */
        public Map<String, String> form() {
            return decode(bodyText());
        }

        private static Map<String, String> decode(String encoded) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (encoded == null || encoded.isEmpty()) {
                return fields;
            }
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                fields.put(URLDecoder.decode(name, UTF_8), URLDecoder.decode(value, UTF_8));
            }
            return fields;
        }
    }
}
