package cn.fengqiao.systemtests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpServer;

/**
 * Where the apps the system tests start export their traces (OTLP over HTTP, protobuf): a receiver
 * that answers every export with 200 and, for the trace ids a test watches, notes which apps sent
 * spans of them. Each export comes from one app and names it (service.name) in its resource; a trace
 * id is 16 raw bytes in it, so no protobuf parser is needed to find either.
 */
final class TraceCollector {

    static final int PORT = 18090;
    private static final Map<String, Set<String>> WATCHED = new ConcurrentHashMap<>();
    private static HttpServer server;

    private TraceCollector() {}

    static synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        } catch (IOException e) {
            throw new IllegalStateException("port " + PORT + " for the trace collector is taken", e);
        }
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                byte[] export = body.readAllBytes();
                if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                    export = new GZIPInputStream(new ByteArrayInputStream(export)).readAllBytes();
                }
                note(export);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    static String url() {
        return "http://127.0.0.1:" + PORT;
    }

    /** From now on, notes the apps that export spans of this trace (32 hex digits). */
    static void watch(String traceId) {
        WATCHED.put(traceId, ConcurrentHashMap.newKeySet());
    }

    /** The apps that have exported spans of a watched trace so far. */
    static Set<String> appsIn(String traceId) {
        return Set.copyOf(WATCHED.getOrDefault(traceId, Set.of()));
    }

    private static void note(byte[] export) {
        String text = new String(export, StandardCharsets.ISO_8859_1); // byte for byte
        WATCHED.forEach((traceId, apps) -> {
            if (text.contains(new String(HexFormat.of().parseHex(traceId), StandardCharsets.ISO_8859_1))) {
                for (SystemUnderTest.App app : SystemUnderTest.App.values()) {
                    if (text.contains(app.module)) {
                        apps.add(app.module);
                    }
                }
            }
        });
    }
}
