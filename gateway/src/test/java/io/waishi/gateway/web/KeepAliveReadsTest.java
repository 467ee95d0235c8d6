package io.waishi.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * The read stall of reactor/reactor-netty#4361 on the Reactor Netty this build uses, and the gateway's remedy.
 * Two requests are pipelined on one connection: the first answered after a short delay, so the second is
 * queued, the second answered at once; then a third is sent on the same connection. Without the remedy the
 * third went unanswered in 20 of 20 attempts on Reactor Netty 1.3.6 (and in some but not all attempts on a
 * busier machine, which is why only the remedy is asserted here).
 */
class KeepAliveReadsTest {

    @Test
    void aConnectionKeepsBeingReadAfterAQueuedRequestIsAnsweredAtOnce() throws IOException {
        assertThat(thirdRequestAnswered(KeepAliveReads::resumeAfterEachRequest, 10)).isEqualTo(10);
    }

    /** How many of the attempts got an answer to the third request within 5 s. */
    private static int thirdRequestAnswered(UnaryOperator<HttpServer> remedy, int attempts) throws IOException {
        DisposableServer server = remedy.apply(HttpServer.create().host("127.0.0.1").port(0))
                .handle((request, response) -> response.sendString(request.uri().equals("/first")
                        ? Mono.delay(Duration.ofMillis(50)).thenReturn("first")
                        : Mono.just(request.uri().substring(1))))
                .bindNow(Duration.ofSeconds(10));
        try {
            int answered = 0;
            for (int attempt = 0; attempt < attempts; attempt++) {
                try (Socket socket = new Socket("127.0.0.1", server.port())) {
                    socket.setSoTimeout(5000);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = socket.getInputStream();
                    out.write((get("/first") + get("/second")).getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    readUntil(in, "second");
                    out.write(get("/third").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    try {
                        readUntil(in, "third");
                        answered++;
                    } catch (SocketTimeoutException stalled) {
                        // the connection is no longer read: counted as not answered
                    }
                }
            }
            return answered;
        } finally {
            server.disposeNow();
        }
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
    }

    private static void readUntil(InputStream in, String bodyText) throws IOException {
        StringBuilder received = new StringBuilder();
        byte[] buffer = new byte[1024];
        while (!received.toString().endsWith(bodyText)) {
            int read = in.read(buffer);
            if (read < 0) {
                throw new IOException("connection closed after: " + received);
            }
            received.append(new String(buffer, 0, read, StandardCharsets.US_ASCII));
        }
    }
}
