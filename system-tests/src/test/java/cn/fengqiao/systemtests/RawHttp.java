package cn.fengqiao.systemtests;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 written on a socket, for requests an HTTP client library would refuse to send or would
 * repair first (a stray %, a character that must be escaped, a POST without a length).
 */
final class RawHttp {

    private RawHttp() {}

    /** Sends "METHOD target" with a bearer token and no body; answers the whole response as text. */
    static String send(int port, String requestLine, String token) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String request = requestLine + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
