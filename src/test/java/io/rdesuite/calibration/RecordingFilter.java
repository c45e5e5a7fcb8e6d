package io.rdesuite.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import io.rdesuite.api.ApiVersion;
import io.rdesuite.api.Operation;
import io.rdesuite.calibration.Exchanges.Exchange;
import io.rdesuite.calibration.Recording.Step;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reports each exchange of a scenario with the API's four operations to the active {@link Recorder} (nothing when
 * no run records): operation, template, parameter names (values of {@link #QUERY_VALUES} only), caller and ids as
 * placeholders, status, the headers the suite checks, body shapes. Tokens, hosts, the token endpoint and the
 * control API are never recorded. It sits inside the contract checks, so an answer that fails them is recorded
 * too; of a courtesy retry only the answer that counts is.
 */
public final class RecordingFilter implements OrderedFilter {

    public static final RecordingFilter INSTANCE = new RecordingFilter();
    private static final Set<String> QUERY_VALUES = Set.of("fileFormat", "completed", "auditable");
    private static final Pattern SAFE_VALUE = Pattern.compile("[A-Za-z0-9_.\\-]{1,20}");
    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private RecordingFilter() {
    }

    @Override
    public int getOrder() {
        return Integer.MAX_VALUE - 2;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        if (Recorder.active().isEmpty()) {
            return ctx.next(request, responseSpec);
        }
        long sent = System.nanoTime();
        DEPTH.set(DEPTH.get() + 1);
        Response response;
        try {
            response = ctx.next(request, responseSpec);
        } finally {
            DEPTH.set(DEPTH.get() - 1);
        }
        if (DEPTH.get() == 0) {
            Recorder.active().ifPresent(r -> record(r, request, response, (System.nanoTime() - sent) / 1_000_000));
        }
        return response;
    }

    private static void record(Recorder recorder, FilterableRequestSpecification request, Response response,
                               long elapsedMs) {
        record(recorder, Exchange.of(request, response, elapsedMs));
    }

    /** Records an exchange another client sent (a probe's lean burst), as the filter records its own. */
    static void record(Exchange exchange) {
        Recorder.active().ifPresent(r -> record(r, exchange));
    }

    private static void record(Recorder recorder, Exchange x) {
        URI uri = x.uri();
        Operation.match(x.method(), uri.getPath()).ifPresent(op -> {
            ApiVersion version = ApiVersion.ofPath(uri.getPath()).orElse(ApiVersion.V3);
            Placeholders p = recorder.placeholders();
            Map<String, String> ids = new TreeMap<>();
            pathId(op.template(version), uri.getPath()).ifPresent(raw -> ids.put(op.pathParameter(), p.id(raw)));
            Step step = new Step(op.id(), x.method(), op.template(version), version.label(), query(uri), ids,
                    p.client(x.authorization()), Exchanges.requestShape(x.requestBody(), p::id), x.status(),
                    Exchanges.headers(x), Exchanges.bodyShape(x, p::id), recorder.sinceStartMs() - x.elapsedMs(),
                    x.elapsedMs());
            recorder.add(step);
            Exchanges.csvHeaders(x).forEach((file, header) -> recorder.csvHeader(step, file, header));
        });
    }

    /** The raw id where the template has its parameter. */
    private static java.util.Optional<String> pathId(String template, String path) {
        String[] t = template.split("/");
        String[] s = path.split("/");
        for (int i = 0; i < t.length && i < s.length; i++) {
            if (t[i].startsWith("{")) {
                return java.util.Optional.of(URLDecoder.decode(s[i], StandardCharsets.UTF_8));
            }
        }
        return java.util.Optional.empty();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            boolean shown = QUERY_VALUES.contains(name) && SAFE_VALUE.matcher(value).matches();
            if (SAFE_VALUE.matcher(name).matches()) {
                out.put(name, shown ? value : "present");
            } else {
                out.merge("(other)", "1", (a, b) -> String.valueOf(Integer.parseInt(a) + 1));
            }
        }
        return out;
    }
}
