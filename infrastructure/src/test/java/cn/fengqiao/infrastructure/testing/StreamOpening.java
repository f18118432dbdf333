package cn.fengqiao.infrastructure.testing;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.restassured.builder.ResponseBuilder;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Header;
import io.restassured.http.Headers;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * A live stream called through RestAssured, which would wait for a body that never ends: this filter
 * makes the call itself, answers with the status, the headers and the first frame (a problem's whole
 * body when refused), and hangs up. The filters before it (contract validation) see that answer.
 */
public final class StreamOpening implements OrderedFilter {

    // Headers java.net.http sets itself and refuses from a caller.
    private static final Set<String> RESTRICTED = Set.of(
            "connection",
            "content-length",
            "date",
            "expect",
            "from",
            "host",
            "origin",
            "referer",
            "upgrade",
            "via",
            "warning");

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.getHeaders().forEach(header -> {
            String name = header.getName().toLowerCase(Locale.ROOT);
            if (!RESTRICTED.contains(name) && !name.equals("accept")) {
                headers.put(header.getName(), header.getValue());
            }
        });
        try (EventStream stream = EventStream.open(URI.create(request.getURI()), headers)) {
            String body = stream.status() == 200
                    ? stream.next(Duration.ofSeconds(10))
                            .map(StreamOpening::text)
                            .orElse("")
                    : stream.errorBody();
            List<Header> answered = stream.headers().entrySet().stream()
                    .flatMap(e -> e.getValue().stream().map(value -> new Header(e.getKey(), value)))
                    .toList();
            return new ResponseBuilder()
                    .setStatusCode(stream.status())
                    .setStatusLine("HTTP/1.1 " + stream.status())
                    .setHeaders(new Headers(answered))
                    .setContentType(stream.header("Content-Type").orElse(""))
                    .setBody(body)
                    .build();
        }
    }

    @Override
    public int getOrder() {
        return Integer.MAX_VALUE; // last: nearest the wire
    }

    private static String text(EventStream.Frame frame) {
        return frame.comments().stream().map(comment -> ":" + comment + "\n").reduce("", String::concat) + "\n";
    }
}
