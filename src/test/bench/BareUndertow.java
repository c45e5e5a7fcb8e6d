import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Benchmark (not a test): Undertow with nothing of the simulator, as the limit the simulator's HTTP layer can reach.
 * Built as the simulator builds its server (same Undertow, same server options, handler on the I/O thread) and
 * answering every GET with the bytes of GET_BODY and every POST, once its body is read, with those of POST_BODY:
 * status 200, the simulator's Content-Type and an SLPT-Request-ID header of the same length, so the answer on the
 * wire has the simulator's size. No routing, token, rate limit or JSON. Run by result-vs-nginx.sh.
 * Arguments: GET_BODY POST_BODY. Prints "listening on http://127.0.0.1:PORT".
 */
public class BareUndertow {

    private static final HttpString REQUEST_ID = new HttpString("SLPT-Request-ID");
    private static final String ID = "0123456789abcdef0123456789abcdef";
    private static final String JSON = "application/json;charset=utf-8";

    public static void main(String[] args) throws Exception {
        byte[] get = Files.readAllBytes(Path.of(args[0]));
        byte[] post = Files.readAllBytes(Path.of(args[1]));
        Undertow server = Undertow.builder()
                .addHttpListener(0, "127.0.0.1")
                .setServerOption(UndertowOptions.ALWAYS_SET_DATE, true)
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, 1024L * 1024L)
                .setServerOption(UndertowOptions.ALLOW_UNESCAPED_CHARACTERS_IN_URL, true)
                .setServerOption(UndertowOptions.MAX_PARAMETERS, 100_000)
                .setHandler(exchange -> {
                    if (exchange.getRequestContentLength() > 0) {
                        exchange.getRequestReceiver().receiveFullBytes((ex, body) -> answer(ex, post));
                    } else {
                        answer(exchange, get);
                    }
                })
                .build();
        server.start();
        InetSocketAddress address = (InetSocketAddress) server.getListenerInfo().get(0).getAddress();
        System.out.println("listening on http://127.0.0.1:" + address.getPort());
    }

    private static void answer(HttpServerExchange exchange, byte[] body) {
        exchange.setStatusCode(200);
        exchange.getResponseHeaders().put(REQUEST_ID, ID);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON);
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, body.length);
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }
}
