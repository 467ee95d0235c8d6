package io.waishi.local;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stands in for a service or the gateway in orchestration tests (packed into a jar by the test, JDK classes
 * only): serves {@code /actuator/health/readiness} and {@code /env} (its environment as key=value lines) on
 * SERVER_PORT. With FAKE_FAIL=true it prints a few lines and exits with code 3 instead.
 */
public final class FakeServiceMain {

    private FakeServiceMain() {
    }

    public static void main(String[] args) throws IOException {
        String name = System.getProperty("waishi.local.process", "fake");
        if (Boolean.parseBoolean(System.getenv("FAKE_FAIL"))) {
            System.out.println("fake " + name + " cannot start: FAKE_FAIL is set");
            System.err.println("fake " + name + " giving up");
            System.exit(3);
        }
        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/env", exchange -> {
            StringBuilder text = new StringBuilder();
            for (Map.Entry<String, String> entry : new TreeMap<>(System.getenv()).entrySet()) {
                text.append(entry.getKey()).append('=').append(entry.getValue()).append('\n');
            }
            byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("fake " + name + " stopping");
            server.stop(0);
        }));
        server.start();
        System.out.println("fake " + name + " started on port " + port);
    }
}
